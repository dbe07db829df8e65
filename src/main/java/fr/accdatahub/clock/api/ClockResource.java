package fr.accdatahub.clock.api;

import fr.accdatahub.calendar.Paris;
import fr.accdatahub.clock.ServiceClock;
import fr.accdatahub.clock.Sandbox;
import fr.accdatahub.identity.ClientRole;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;

/** The sandbox's clock: set it to try deadlines, reset it to real time. Absent (404) outside the sandbox. */
@Path("/operator/v1/clock")
@RolesAllowed(ClientRole.OPERATOR_ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class ClockResource {

    public record ClockSetting(@NotNull OffsetDateTime now) {
    }

    private final ServiceClock clock;
    private final Sandbox sandbox;

    public ClockResource(ServiceClock clock, Sandbox sandbox) {
        this.clock = clock;
        this.sandbox = sandbox;
    }

    @GET
    public Uni<ClockSetting> read() {
        return sandboxOnly().chain(clock::now)
                .map(now -> new ClockSetting(Paris.local(now)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ClockSetting> set(@Valid @NotNull ClockSetting setting) {
        return sandboxOnly().chain(() -> clock.set(setting.now().toInstant())).chain(this::read);
    }

    @DELETE
    public Uni<ClockSetting> reset() {
        return sandboxOnly().chain(clock::reset).chain(this::read);
    }

    private Uni<Void> sandboxOnly() {
        return Uni.createFrom().item(() -> {
            sandbox.require("The clock's settings");
            return null;
        });
    }
}
