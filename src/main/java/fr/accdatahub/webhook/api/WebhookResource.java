package fr.accdatahub.webhook.api;

import fr.accdatahub.identity.Audited;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.identity.ClientRole;
import fr.accdatahub.identity.Submits;
import fr.accdatahub.webhook.Webhooks;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** The caller's webhook endpoint (designed here): where its agreements' events are pushed, signed. */
@Path("/collective_self_consumption/v4/webhook")
@RolesAllowed({ClientRole.PMO_ROLE, ClientRole.OPERATOR_ROLE})
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    /** What a registration asks: the endpoint's URL and the event types it receives. */
    public record Registration(@NotNull String url, @NotNull List<String> eventTypes) {
    }

    private final Webhooks webhooks;
    private final SecurityIdentity identity;

    public WebhookResource(Webhooks webhooks, SecurityIdentity identity) {
        this.webhooks = webhooks;
        this.identity = identity;
    }

    @Submits
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<EndpointView> register(@Valid @NotNull Registration registration) {
        return webhooks.register(Caller.of(identity), registration.url(), registration.eventTypes())
                .map(registered -> EndpointView.of(registered.endpoint(), registered.secret()));
    }

    @GET
    public Uni<EndpointView> read() {
        return webhooks.endpoint(Caller.of(identity)).map(endpoint -> EndpointView.of(endpoint, null));
    }

    @Audited
    @DELETE
    public Uni<Response> delete() {
        return webhooks.delete(Caller.of(identity)).map(deleted -> Response.noContent().build());
    }

    @Submits
    @POST
    @Path("/test")
    public Uni<TestView> test() {
        return webhooks.test(Caller.of(identity)).map(TestView::of);
    }

    @GET
    @Path("/deliveries")
    public Uni<Map<String, List<DeliveryView>>> deliveries(@QueryParam("status") String status,
            @QueryParam("limit") Integer limit) {
        return webhooks.deliveries(Caller.of(identity), status, limit)
                .map(list -> Map.of("deliveries", list.stream().map(DeliveryView::of).toList()));
    }
}
