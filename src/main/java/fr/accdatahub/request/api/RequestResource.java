package fr.accdatahub.request.api;

import fr.accdatahub.agreement.domain.AnnexTwoWorkbook;
import fr.accdatahub.identifier.AgreementId;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.identity.ClientRole;
import fr.accdatahub.identity.Submits;
import fr.accdatahub.request.RequestService;
import fr.accdatahub.web.Params;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Map;

/** A PMO's requests to the operator: entries, exits, key type and static coefficient changes. */
@Path("/collective_self_consumption/v4/agreements/{agreement_id}/requests")
@RolesAllowed({ClientRole.PMO_ROLE, ClientRole.OPERATOR_ROLE})
@Produces(MediaType.APPLICATION_JSON)
public class RequestResource {

    private final RequestService requests;
    private final SecurityIdentity identity;

    public RequestResource(RequestService requests, SecurityIdentity identity) {
        this.requests = requests;
        this.identity = identity;
    }

    @Submits
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> submit(@PathParam("agreement_id") AgreementId agreementId, byte[] body) {
        return requests.submit(Caller.of(identity), agreementId.value(), body)
                .map(submitted -> Response.status(201).entity(RequestView.of(submitted)).build());
    }

    /** The requests an annex 2 workbook makes, from {@code effective_date}, with the rows they come from. */
    @Submits
    @POST
    @Path("/files")
    @Consumes(AnnexTwoWorkbook.MEDIA_TYPE)
    public Uni<Response> submitWorkbook(@PathParam("agreement_id") AgreementId agreementId,
            @QueryParam("effective_date") LocalDate effectiveDate, byte[] body) {
        return requests.submitWorkbook(Caller.of(identity), agreementId.value(), body,
                        Params.required("effective_date", effectiveDate))
                .map(filed -> Response.status(201).entity(Map.of("requests", filed.stream()
                        .map(f -> new FiledView(f.sheet(), f.row(), RequestView.of(f.request()))).toList())).build());
    }

    /** A request made by a workbook's row. */
    public record FiledView(String sheet, Integer row, RequestView request) {
    }

    @GET
    public Uni<RequestView.Page> list(@PathParam("agreement_id") AgreementId agreementId,
            @QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") Integer page,
            @QueryParam("size") @DefaultValue("50") Integer size) {
        return requests.page(Caller.of(identity), agreementId.value(), Statuses.of(status), page, size)
                .map(RequestView.Page::of);
    }

    @GET
    @Path("/{request_id}")
    public Uni<RequestView> get(@PathParam("agreement_id") AgreementId agreementId,
            @PathParam("request_id") String requestId) {
        return requests.get(Caller.of(identity), agreementId.value(), Params.uuid("request_id", requestId))
                .map(RequestView::of);
    }
}
