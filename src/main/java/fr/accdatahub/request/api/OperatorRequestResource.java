package fr.accdatahub.request.api;

import fr.accdatahub.identity.Caller;
import fr.accdatahub.identity.ClientRole;
import fr.accdatahub.request.RequestService;
import fr.accdatahub.request.domain.Anomaly;
import fr.accdatahub.request.domain.RequestStatus;
import fr.accdatahub.web.Params;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;

/** The grid operator's side of requests: every agreement's, and its answers. */
@Path("/operator/v1/requests")
@RolesAllowed(ClientRole.OPERATOR_ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class OperatorRequestResource {

    /** The operator's answer: ACCEPTED, or REFUSED with the anomalies that make it so. */
    public record Answer(@NotNull RequestStatus decision, List<@NotNull Anomaly> anomalies) {
    }

    private final RequestService requests;
    private final SecurityIdentity identity;

    public OperatorRequestResource(RequestService requests, SecurityIdentity identity) {
        this.requests = requests;
        this.identity = identity;
    }

    @GET
    public Uni<RequestView.Page> list(@QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") Integer page, @QueryParam("size") @DefaultValue("50") Integer size) {
        return requests.page(Caller.of(identity), null, Statuses.of(status), page, size).map(RequestView.Page::of);
    }

    @POST
    @Path("/{request_id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RequestView> answer(@PathParam("request_id") String requestId, @Valid @NotNull Answer answer) {
        return requests.answer(Params.uuid("request_id", requestId), answer.decision(),
                answer.anomalies() == null || answer.anomalies().isEmpty() ? EnumSet.noneOf(Anomaly.class)
                        : EnumSet.copyOf(answer.anomalies()))
                .map(RequestView::of);
    }
}
