package fr.accdatahub.publication.api;

import fr.accdatahub.identifier.AgreementId;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.identity.ClientRole;
import fr.accdatahub.publication.PublicationService;
import fr.accdatahub.publication.domain.MonthlyPackage;
import fr.accdatahub.web.Await;
import fr.accdatahub.web.Media;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;

/** The grid operator's monthly package: every annex 6 file of a computed period, as one zip. */
@Path("/operator/v1/agreements/{agreement_id}/packages/{period_start}")
@RolesAllowed(ClientRole.OPERATOR_ROLE)
public class PackageResource {

    static final String ZIP = "application/zip";

    private final PublicationService publications;
    private final SecurityIdentity identity;

    public PackageResource(PublicationService publications, SecurityIdentity identity) {
        this.publications = publications;
        this.identity = identity;
    }

    @GET
    @Produces(ZIP)
    @Blocking
    public Response monthlyPackage(@PathParam("agreement_id") AgreementId agreementId,
            @PathParam("period_start") LocalDate periodStart) {
        return zip(Await.result(() -> publications.monthlyPackage(Caller.of(identity), agreementId.value(),
                periodStart)));
    }

    /** The zip as a streamed attachment. */
    static Response zip(MonthlyPackage zip) {
        StreamingOutput body = zip::write;
        return Response.ok(body, ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, Media.attachment(zip.fileName()))
                .build();
    }
}
