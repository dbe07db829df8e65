package fr.accdatahub.publication.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.accdatahub.identifier.AgreementId;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.identity.ClientRole;
import fr.accdatahub.publication.PublicationService;
import fr.accdatahub.publication.domain.IndicatorsWorkbook;
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

/** The operation's indicators over a range: JSON (tagged), or the annex 6 indicators workbook. */
@Path("/collective_self_consumption/v4/agreements/{agreement_id}/indicators")
@RolesAllowed({ClientRole.PMO_ROLE, ClientRole.OPERATOR_ROLE})
public class IndicatorsResource {

    private final PublicationService publications;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public IndicatorsResource(PublicationService publications, SecurityIdentity identity, ObjectMapper json) {
        this.publications = publications;
        this.identity = identity;
        this.json = json;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> indicators(@PathParam("agreement_id") AgreementId agreementId,
            @QueryParam("start") String start, @QueryParam("end") String end, @Context Request request) {
        return publications.indicators(Caller.of(identity), agreementId.value(), start, end)
                .map(view -> Conditional.json(request, json, view));
    }

    @GET
    @Produces(Media.XLSX + ";qs=0.4")
    public Uni<Response> workbook(@PathParam("agreement_id") AgreementId agreementId,
            @QueryParam("start") String start, @QueryParam("end") String end) {
        return publications.indicators(Caller.of(identity), agreementId.value(), start, end)
                .map(view -> Media.xlsx(IndicatorsWorkbook.fileName(view), IndicatorsWorkbook.write(view)));
    }
}
