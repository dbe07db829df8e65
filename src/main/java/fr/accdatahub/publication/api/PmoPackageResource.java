package fr.accdatahub.publication.api;

import fr.accdatahub.identifier.AgreementId;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.identity.ClientRole;
import fr.accdatahub.publication.PublicationService;
import fr.accdatahub.web.Await;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;

/** The PMO's copy of the monthly package: the same zip as the operator's, for an agreement it may see. */
@Path("/collective_self_consumption/v4/agreements/{agreement_id}/packages/{period_start}")
@RolesAllowed({ClientRole.PMO_ROLE, ClientRole.OPERATOR_ROLE})
public class PmoPackageResource {

    private final PublicationService publications;
    private final SecurityIdentity identity;

    public PmoPackageResource(PublicationService publications, SecurityIdentity identity) {
        this.publications = publications;
        this.identity = identity;
    }

    @GET
    @Produces(PackageResource.ZIP)
    @Blocking
    public Response monthlyPackage(@PathParam("agreement_id") AgreementId agreementId,
            @PathParam("period_start") LocalDate periodStart) {
        return PackageResource.zip(Await.result(() -> publications.monthlyPackage(Caller.of(identity),
                agreementId.value(), periodStart)));
    }
}
