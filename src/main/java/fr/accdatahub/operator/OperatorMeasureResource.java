package fr.accdatahub.operator;

import fr.accdatahub.auth.Caller;
import fr.accdatahub.auth.ClientRole;
import fr.accdatahub.error.Params;
import fr.accdatahub.measure.Await;
import fr.accdatahub.measure.Calculation;
import fr.accdatahub.measure.CalculationService;
import fr.accdatahub.measure.CalculationStore;
import fr.accdatahub.measure.MeasureService;
import fr.accdatahub.measure.RawCurveService;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The grid operator's side of measures: raw meter curves in, calculation runs. */
@Path("/operator/v1/agreements/{agreement_id}")
@RolesAllowed(ClientRole.OPERATOR_ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class OperatorMeasureResource {

    public record CalculationRequest(@NotNull LocalDate periodStart) {
    }

    private final RawCurveService rawCurves;
    private final CalculationService calculations;
    private final CalculationStore store;
    private final MeasureService measures;
    private final SecurityIdentity identity;

    public OperatorMeasureResource(RawCurveService rawCurves, CalculationService calculations,
            CalculationStore store, MeasureService measures, SecurityIdentity identity) {
        this.rawCurves = rawCurves;
        this.calculations = calculations;
        this.store = store;
        this.measures = measures;
        this.identity = identity;
    }

    @PUT
    @Path("/raw_load_curves")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RawCurveService.Loaded> loadJson(@PathParam("agreement_id") String agreementId, byte[] body) {
        return rawCurves.loadJson(Params.agreementId(agreementId), body);
    }

    @PUT
    @Path("/raw_load_curves")
    @Consumes("text/csv")
    public Uni<RawCurveService.Loaded> loadFile(@PathParam("agreement_id") String agreementId,
            @HeaderParam(HttpHeaders.CONTENT_DISPOSITION) String disposition, @QueryParam("filename") String fileName,
            byte[] body) {
        return rawCurves.loadFile(Params.agreementId(agreementId), Params.fileName(disposition, fileName), body);
    }

    @POST
    @Path("/calculations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Calculation> calculate(@PathParam("agreement_id") String agreementId,
            @Valid @NotNull CalculationRequest request) {
        return calculations.run(Params.agreementId(agreementId), request.periodStart(),
                Calculation.Trigger.OPERATOR);
    }

    @GET
    @Path("/packages/{period_start}")
    @Produces("application/zip")
    @Blocking
    public Response monthlyPackage(@PathParam("agreement_id") String agreementId,
            @PathParam("period_start") String periodStart) {
        String id = Params.agreementId(agreementId);
        LocalDate start = Params.date("period_start", periodStart);
        StreamingOutput zip = Await.result(() -> measures.monthlyPackage(Caller.of(identity), id, start));
        return Response.ok(zip, "application/zip")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + "_"
                        + start.format(DateTimeFormatter.ofPattern("ddMMyyyy")) + ".zip\"")
                .build();
    }

    @GET
    @Path("/calculations")
    public Uni<Map<String, List<Calculation>>> calculations(@PathParam("agreement_id") String agreementId) {
        String id = Params.agreementId(agreementId);
        return calculations.snapshot(id).chain(() -> store.list(id)).map(list -> Map.of("calculations", list));
    }
}
