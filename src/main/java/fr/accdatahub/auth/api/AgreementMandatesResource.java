package fr.accdatahub.auth.api;

import fr.accdatahub.auth.ClientAdministration;
import fr.accdatahub.identifier.AgreementId;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.identity.ClientRole;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** The mandates on an agreement, for its PMO (and the operator): who may read it or submit for it, and when. */
@Path("/collective_self_consumption/v4/agreements/{agreement_id}/mandates")
@RolesAllowed({ClientRole.PMO_ROLE, ClientRole.OPERATOR_ROLE})
@Produces(MediaType.APPLICATION_JSON)
public class AgreementMandatesResource {

    private final ClientAdministration clients;
    private final SecurityIdentity identity;

    public AgreementMandatesResource(ClientAdministration clients, SecurityIdentity identity) {
        this.clients = clients;
        this.identity = identity;
    }

    @GET
    public Uni<Map<String, List<MandateView>>> list(@PathParam("agreement_id") AgreementId agreementId) {
        return clients.mandatesOn(Caller.of(identity), agreementId.value())
                .map(held -> Map.of("mandates", held.stream().map(MandateView::of).toList()));
    }
}
