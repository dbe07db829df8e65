package fr.accdatahub.publication.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.accdatahub.failure.InvalidRequest;
import fr.accdatahub.identifier.AgreementId;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.identity.ClientRole;
import fr.accdatahub.publication.PublicationService;
import fr.accdatahub.publication.domain.AnnexFile;
import fr.accdatahub.publication.domain.CurveJson;
import fr.accdatahub.publication.domain.PublishedRange;
import fr.accdatahub.publication.domain.Quantity;
import fr.accdatahub.web.Await;
import fr.accdatahub.web.Media;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;

/**
 * Definitive load curves, on the real Datahub path: JSON streamed curve by curve (a month of every curve of a large
 * agreement is never held in memory), or one curve as the annex 6 CDC file.
 */
@Path("/collective_self_consumption/v4/agreements/{agreement_id}/definitive_load_curves")
@RolesAllowed({ClientRole.PMO_ROLE, ClientRole.OPERATOR_ROLE})
public class CurveResource {

    private final PublicationService publications;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public CurveResource(PublicationService publications, SecurityIdentity identity, ObjectMapper json) {
        this.publications = publications;
        this.identity = identity;
        this.json = json;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Blocking
    public Response curves(@PathParam("agreement_id") AgreementId agreementId, @QueryParam("start") String start,
            @QueryParam("end") String end, @QueryParam("type") String type,
            @QueryParam("usage_point_id") String usagePointId, @Context Request request) {
        List<Quantity> types = Quantity.parse(type, Quantity.CURVE_TYPES);
        PublishedRange data = Await.result(() -> publications.published(Caller.of(identity), agreementId.value(),
                start, end, usagePointId));
        data.requireOneStepLength();
        StreamingOutput body = out -> CurveJson.write(json, data, types, usagePointId, out);
        return Conditional.respond(request, data.tag("curves " + types + " " + usagePointId),
                () -> Response.ok(body, MediaType.APPLICATION_JSON_TYPE));
    }

    @GET
    @Produces(Media.TEXT_CSV + ";qs=0.5")
    @Blocking
    public Response curveFile(@PathParam("agreement_id") AgreementId agreementId, @QueryParam("start") String start,
            @QueryParam("end") String end, @QueryParam("type") String type,
            @QueryParam("usage_point_id") String usagePointId) {
        List<Quantity> types = Quantity.parse(type, Quantity.CURVE_TYPES);
        if (types.size() != 1 || usagePointId == null) {
            throw new InvalidRequest("An annex 6 CDC file holds one curve: give one type and a usage_point_id "
                    + "(a PRM, or the agreement id for its totals)");
        }
        AnnexFile file = Await.result(() -> publications.curveFile(Caller.of(identity), agreementId.value(), start,
                end, types.get(0), usagePointId));
        return Media.csv(file.name(), file.content());
    }
}
