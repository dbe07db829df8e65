package fr.accdatahub.feed.api;

import fr.accdatahub.feed.EventFeed;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.identity.ClientRole;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The event feed of the caller's agreements (designed here, in the Datahub's style). */
@Path("/collective_self_consumption/v4/events")
@RolesAllowed({ClientRole.PMO_ROLE, ClientRole.OPERATOR_ROLE})
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    private final EventFeed feed;
    private final SecurityIdentity identity;

    public EventResource(EventFeed feed, SecurityIdentity identity) {
        this.feed = feed;
        this.identity = identity;
    }

    @GET
    public Uni<EventFeed.Page> events(@QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        return feed.page(Caller.of(identity), after, limit);
    }
}
