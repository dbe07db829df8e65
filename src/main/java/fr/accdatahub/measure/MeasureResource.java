package fr.accdatahub.measure;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.accdatahub.agreement.AgreementResource;
import fr.accdatahub.agreement.Role;
import fr.accdatahub.auth.Caller;
import fr.accdatahub.auth.ClientRole;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.error.ApiException;
import fr.accdatahub.error.Params;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Definitive measure data, on the real Datahub paths: curves, energies, indicators; JSON or annex 6 CSV. */
@Path("/collective_self_consumption/v4/agreements/{agreement_id}")
@RolesAllowed({ClientRole.PMO_ROLE, ClientRole.OPERATOR_ROLE})
public class MeasureResource {

    private static final String TEXT_CSV = AgreementResource.TEXT_CSV;
    private static final String CSV_TYPE = TEXT_CSV + ";charset=UTF-8";

    private final MeasureService measures;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public MeasureResource(MeasureService measures, SecurityIdentity identity, ObjectMapper json) {
        this.measures = measures;
        this.identity = identity;
        this.json = json;
    }

    @GET
    @Path("/definitive_load_curves")
    @Produces(MediaType.APPLICATION_JSON)
    @Blocking
    public Response curves(@PathParam("agreement_id") String agreementId, @QueryParam("start") String start,
            @QueryParam("end") String end, @QueryParam("type") String type,
            @QueryParam("usage_point_id") String usagePointId) {
        List<Quantity> types = Quantity.parse(type, MeasureService.CURVE_TYPES);
        PublishedRange data = published(agreementId, start, end, usagePointId);
        StreamingOutput body = out -> CurveJson.write(json, data, types, usagePointId, out);
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/definitive_load_curves")
    @Produces(TEXT_CSV + ";qs=0.5")
    @Blocking
    public Response curvesCsv(@PathParam("agreement_id") String agreementId, @QueryParam("start") String start,
            @QueryParam("end") String end, @QueryParam("type") String type,
            @QueryParam("usage_point_id") String usagePointId) {
        List<Quantity> types = Quantity.parse(type, MeasureService.CURVE_TYPES);
        if (types.size() != 1 || usagePointId == null) {
            throw ApiException.badRequest("An annex 6 CDC file holds one curve: give one type and a usage_point_id "
                    + "(a PRM, or the agreement id for its totals)");
        }
        PublishedRange data = published(agreementId, start, end, usagePointId);
        Quantity quantity = types.get(0);
        long[] values = usagePointId.equals(data.agreementId) ? Series.total(data, quantity)
                : widen(Series.of(data, quantity, usagePointId), usagePointId, quantity);
        return csv(Annex6Files.name(usagePointId, firstDay(data), lastDay(data), quantity.label(), "CDC"),
                Annex6Files.loadCurve(data.steps, values));
    }

    @GET
    @Path("/definitive_active_energy/cons/{usage_point_id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<EnergyView> consumerEnergy(@PathParam("agreement_id") String agreementId,
            @PathParam("usage_point_id") String usagePointId, @QueryParam("start") String start,
            @QueryParam("end") String end, @QueryParam("type") String type) {
        return measures.energies(Caller.of(identity), Params.agreementId(agreementId),
                Params.usagePointId(usagePointId), Role.CONS, type, start, end);
    }

    @GET
    @Path("/definitive_active_energy/prod/{usage_point_id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<EnergyView> producerEnergy(@PathParam("agreement_id") String agreementId,
            @PathParam("usage_point_id") String usagePointId, @QueryParam("start") String start,
            @QueryParam("end") String end, @QueryParam("type") String type) {
        return measures.energies(Caller.of(identity), Params.agreementId(agreementId),
                Params.usagePointId(usagePointId), Role.PROD, type, start, end);
    }

    @GET
    @Path("/definitive_active_energy/cons/{usage_point_id}")
    @Produces(TEXT_CSV + ";qs=0.5")
    public Uni<Response> consumerEnergyCsv(@PathParam("agreement_id") String agreementId,
            @PathParam("usage_point_id") String usagePointId, @QueryParam("start") String start,
            @QueryParam("end") String end, @QueryParam("type") String type) {
        return energyCsv(agreementId, usagePointId, Role.CONS, start, end, type);
    }

    @GET
    @Path("/definitive_active_energy/prod/{usage_point_id}")
    @Produces(TEXT_CSV + ";qs=0.5")
    public Uni<Response> producerEnergyCsv(@PathParam("agreement_id") String agreementId,
            @PathParam("usage_point_id") String usagePointId, @QueryParam("start") String start,
            @QueryParam("end") String end, @QueryParam("type") String type) {
        if ("by_consumer".equals(type)) {
            return measures.published(Caller.of(identity), Params.agreementId(agreementId), start, end)
                    .chain(data -> {
                        MeasureService.requireParticipant(data, Params.usagePointId(usagePointId), Role.PROD);
                        return measures.details(data, usagePointId, Role.PROD).map(details -> {
                            if (details == null) {
                                throw ApiException.badRequest("The detail per consumer is kept per calculation "
                                        + "period: ask for whole periods");
                            }
                            Map<String, BigDecimal> byConsumer = new LinkedHashMap<>();
                            details.forEach(detail -> byConsumer.put(detail.usagePointId(),
                                    detail.quantities().get(0).total()));
                            return csv(Annex6Files.name(usagePointId, firstDay(data), lastDay(data),
                                    "AutoconsoParConsommateur", "ENERGIE"), Annex6Files.detail(byConsumer));
                        });
                    });
        }
        return energyCsv(agreementId, usagePointId, Role.PROD, start, end, type);
    }

    @GET
    @Path("/indicators")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<IndicatorsView> indicators(@PathParam("agreement_id") String agreementId,
            @QueryParam("start") String start, @QueryParam("end") String end) {
        return measures.indicators(Caller.of(identity), Params.agreementId(agreementId), start, end);
    }

    private Uni<Response> energyCsv(String agreementId, String usagePointId, Role role, String start, String end,
            String type) {
        List<Quantity> types = Quantity.parse(type, role == Role.CONS ? MeasureService.CONSUMER_TYPES
                : MeasureService.PRODUCER_TYPES);
        if (types.size() != 1) {
            throw ApiException.badRequest("An annex 6 ENERGIE file holds one quantity: give one type");
        }
        return measures.published(Caller.of(identity), Params.agreementId(agreementId), start, end).map(data -> {
            MeasureService.requireParticipant(data, Params.usagePointId(usagePointId), role);
            Quantity quantity = types.get(0);
            BigDecimal[] classes = MeasureService.classes(data, usagePointId, role).get(quantity);
            return csv(Annex6Files.name(usagePointId, firstDay(data), lastDay(data), quantity.label(), "ENERGIE"),
                    Annex6Files.energy(Energies.supplier(classes)));
        });
    }

    private PublishedRange published(String agreementId, String start, String end, String usagePointId) {
        PublishedRange data = Await.result(() -> measures.published(Caller.of(identity), Params.agreementId(agreementId),
                start, end));
        if (usagePointId != null) {
            MeasureService.requireParticipant(data, usagePointId, null);
        }
        return data;
    }

    private static long[] widen(int[] values, String usagePointId, Quantity quantity) {
        if (values == null) {
            throw ApiException.notFound("PRM " + usagePointId + " has no " + quantity.code() + " curve");
        }
        return Annex6Files.widen(values);
    }

    static Response csv(String fileName, String content) {
        return Response.ok(content.getBytes(StandardCharsets.UTF_8), CSV_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    static LocalDate firstDay(PublishedRange data) {
        return StepGrid.dayOf(data.range.start());
    }

    static LocalDate lastDay(PublishedRange data) {
        return StepGrid.dayOf(data.range.end().minusNanos(1));
    }
}
