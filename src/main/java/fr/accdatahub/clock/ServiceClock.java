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
import java.util.concurrent.atomic.AtomicLong;

/**
 * The service's notion of now, which every business rule asks (deadlines, "from today on"). Outside the sandbox it
 * is the system clock. In the sandbox it can be moved ({@code PUT /operator/v1/clock}): the shift is kept in
 * PostgreSQL, so every replica agrees (each reads it at most once a second, so another replica's setting reaches it
 * within a second; the replica that set it, at once), and time goes on running from the instant that was set.
 */
@ApplicationScoped
public class ServiceClock {

    /** How long a replica trusts the shift it read: another replica's setting reaches it within that. */
    private static final long FRESH_FOR_NANOS = 1_000_000_000L;

    /** The shift as read, and when (System.nanoTime). */
    private record Shift(long millis, long readAt) {
    }

    private final ClockStore store;
    private final boolean sandbox;
    private final Clock system;
    private final AtomicLong generation = new AtomicLong();
    private volatile Shift shift;

    public ServiceClock(ClockStore store, SandboxSettings settings) {
        this.store = store;
        this.sandbox = settings.enabled();
        this.system = Clock.systemUTC();
    }

    public Uni<Instant> now() {
        if (!sandbox) {
            return Uni.createFrom().item(system.instant().truncatedTo(ChronoUnit.MILLIS));
        }
        Shift known = shift;
        long now = System.nanoTime();
        if (known != null && now - known.readAt() < FRESH_FOR_NANOS) {
            return Uni.createFrom().item(shifted(known.millis()));
        }
        long before = generation.get();
        return store.shiftMillis().invoke(millis -> {
            if (generation.get() == before) {
                shift = new Shift(millis, now);
            }
        }).map(this::shifted);
    }

    private Instant shifted(long millis) {
        return system.instant().plusMillis(millis).truncatedTo(ChronoUnit.MILLIS);
    }

    public Uni<LocalDate> today() {
        return now().map(Paris::day);
    }

    /** Moves the clock so that it reads {@code now} at this moment (sandbox only). */
    public Uni<Void> set(Instant now) {
        return store.setShiftMillis(Duration.between(system.instant(), now).toMillis()).invoke(this::forget);
    }

    public Uni<Void> reset() {
        return store.reset().invoke(this::forget);
    }

    /** Reads the shift again at the next call, and keeps no read begun before this. */
    private void forget() {
        generation.incrementAndGet();
        shift = null;
    }
}
