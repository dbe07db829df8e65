package fr.accdatahub.fault.api;

import fr.accdatahub.fault.FaultSwitches;
import fr.accdatahub.fault.domain.FaultRequest;
import fr.accdatahub.identity.ClientRole;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** The sandbox's fault switches: set one, list the active ones, clear them all. Absent (404) outside the sandbox. */
@Path("/operator/v1/faults")
@RolesAllowed(ClientRole.OPERATOR_ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class FaultResource {

    private final FaultSwitches faults;

    public FaultResource(FaultSwitches faults) {
        this.faults = faults;
    }

    /** Sets a switch; one already set for the same target and kind is replaced. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<FaultView> set(@NotNull FaultRequest request) {
        return faults.set(request).map(FaultView::of);
    }

    @GET
    public Uni<Map<String, List<FaultView>>> list() {
        return faults.active().map(active -> Map.of("faults", active.stream().map(FaultView::of).toList()));
    }

    @DELETE
    public Uni<Response> clear() {
        return faults.clear().map(nothing -> Response.noContent().build());
    }
}
