package fr.accdatahub.publication.api;

import fr.accdatahub.calculation.domain.PublishedVersion;
import fr.accdatahub.identifier.AgreementId;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.identity.ClientRole;
import fr.accdatahub.publication.PublicationService;
import fr.accdatahub.web.Params;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The versions of an agreement's publications: every calculation of every period, provisional or definitive. */
@Path("/collective_self_consumption/v4/agreements/{agreement_id}/publications")
@RolesAllowed({ClientRole.PMO_ROLE, ClientRole.OPERATOR_ROLE})
@Produces(MediaType.APPLICATION_JSON)
public class PublicationsResource {

    /** The answer: every version, newest first. */
    public record Publications(List<PublishedVersion> publications) {
    }

    private final PublicationService publications;
    private final SecurityIdentity identity;

    public PublicationsResource(PublicationService publications, SecurityIdentity identity) {
        this.publications = publications;
        this.identity = identity;
    }

    @GET
    public Uni<Publications> list(@PathParam("agreement_id") AgreementId agreementId) {
        return publications.versions(Caller.of(identity), agreementId.value()).map(Publications::new);
    }

    @GET
    @Path("/{calculation_id}")
    public Uni<PublishedVersion> one(@PathParam("agreement_id") AgreementId agreementId,
            @PathParam("calculation_id") String calculationId) {
        return publications.version(Caller.of(identity), agreementId.value(),
                Params.uuid("calculation_id", calculationId));
    }
}
