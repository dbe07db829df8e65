package fr.accdatahub.publication.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.failure.InvalidRequest;
import fr.accdatahub.identifier.AgreementId;
import fr.accdatahub.identifier.UsagePointId;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.identity.ClientRole;
import fr.accdatahub.publication.PublicationService;
import fr.accdatahub.publication.domain.EnergyView;
import fr.accdatahub.publication.domain.Quantity;
import fr.accdatahub.web.Media;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Definitive energies per class, on the real Datahub paths: JSON (tagged), or the annex 6 ENERGIE files. */
@Path("/collective_self_consumption/v4/agreements/{agreement_id}")
@RolesAllowed({ClientRole.PMO_ROLE, ClientRole.OPERATOR_ROLE})
public class EnergyResource {

    private static final String BY_CONSUMER = "by_consumer";

    private final PublicationService publications;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public EnergyResource(PublicationService publications, SecurityIdentity identity, ObjectMapper json) {
        this.publications = publications;
        this.identity = identity;
        this.json = json;
    }

    @GET
    @Path("/definitive_active_energy/cons/{usage_point_id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> consumerEnergy(@PathParam("agreement_id") AgreementId agreementId,
            @PathParam("usage_point_id") UsagePointId usagePointId, @QueryParam("start") String start,
            @QueryParam("end") String end, @QueryParam("type") String type, @Context Request request) {
        return energies(agreementId, usagePointId, Role.CONS, type, start, end).map(view -> Conditional.json(request, json, view));
    }

    @GET
    @Path("/definitive_active_energy/prod/{usage_point_id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> producerEnergy(@PathParam("agreement_id") AgreementId agreementId,
            @PathParam("usage_point_id") UsagePointId usagePointId, @QueryParam("start") String start,
            @QueryParam("end") String end, @QueryParam("type") String type, @Context Request request) {
        return energies(agreementId, usagePointId, Role.PROD, type, start, end).map(view -> Conditional.json(request, json, view));
    }

    @GET
    @Path("/definitive_active_energy/cons/{usage_point_id}")
    @Produces(Media.TEXT_CSV + ";qs=0.5")
    public Uni<Response> consumerEnergyFile(@PathParam("agreement_id") AgreementId agreementId,
            @PathParam("usage_point_id") UsagePointId usagePointId, @QueryParam("start") String start,
            @QueryParam("end") String end, @QueryParam("type") String type) {
        return energyFile(agreementId, usagePointId, Role.CONS, type, start, end);
    }

    @GET
    @Path("/definitive_active_energy/prod/{usage_point_id}")
    @Produces(Media.TEXT_CSV + ";qs=0.5")
    public Uni<Response> producerEnergyFile(@PathParam("agreement_id") AgreementId agreementId,
            @PathParam("usage_point_id") UsagePointId usagePointId, @QueryParam("start") String start,
            @QueryParam("end") String end, @QueryParam("type") String type) {
        if (BY_CONSUMER.equals(type)) {
            return publications.detailFile(Caller.of(identity), agreementId.value(), usagePointId.value(), start, end)
                    .map(file -> Media.csv(file.name(), file.content()));
        }
        return energyFile(agreementId, usagePointId, Role.PROD, type, start, end);
    }

    private Uni<EnergyView> energies(AgreementId agreementId, UsagePointId usagePointId, Role role, String type,
            String start, String end) {
        return publications.energies(Caller.of(identity), agreementId.value(), usagePointId.value(), role,
                Quantity.parse(type, quantities(role)), start, end);
    }

    private Uni<Response> energyFile(AgreementId agreementId, UsagePointId usagePointId, Role role, String type,
            String start, String end) {
        List<Quantity> types = Quantity.parse(type, quantities(role));
        if (types.size() != 1) {
            throw new InvalidRequest("An annex 6 ENERGIE file holds one quantity: give one type");
        }
        return publications.energyFile(Caller.of(identity), agreementId.value(), usagePointId.value(), role,
                types.get(0), start, end).map(file -> Media.csv(file.name(), file.content()));
    }

    private static List<Quantity> quantities(Role role) {
        return role == Role.CONS ? Quantity.CONSUMER_TYPES : Quantity.PRODUCER_TYPES;
    }
}
