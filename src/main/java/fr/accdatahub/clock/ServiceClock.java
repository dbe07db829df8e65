package fr.accdatahub.clock;

import fr.accdatahub.calendar.Paris;
import fr.accdatahub.clock.store.ClockStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The service's notion of now, which every business rule asks (deadlines, "from today on"). Outside the sandbox it
 * is the system clock. In the sandbox it can be moved ({@code PUT /operator/v1/clock}): the shift is kept in
 * PostgreSQL, so every replica agrees, and time goes on running from the instant that was set.
 */
@ApplicationScoped
public class ServiceClock {

    private final ClockStore store;
    private final boolean sandbox;
    private final Clock system;

    public ServiceClock(ClockStore store, SandboxSettings settings) {
        this.store = store;
        this.sandbox = settings.enabled();
        this.system = Clock.systemUTC();
    }

    public Uni<Instant> now() {
        if (!sandbox) {
            return Uni.createFrom().item(system.instant().truncatedTo(ChronoUnit.MILLIS));
        }
        return store.shiftMillis().map(shift -> system.instant().plusMillis(shift).truncatedTo(ChronoUnit.MILLIS));
    }

    public Uni<LocalDate> today() {
        return now().map(Paris::day);
    }

    /** Moves the clock so that it reads {@code now} at this moment (sandbox only). */
    public Uni<Void> set(Instant now) {
        return store.setShiftMillis(Duration.between(system.instant(), now).toMillis());
    }

    public Uni<Void> reset() {
        return store.reset();
    }
}
