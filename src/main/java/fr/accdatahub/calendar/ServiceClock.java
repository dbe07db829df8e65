package fr.accdatahub.calendar;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's notion of now, which every business rule asks (deadlines, "from today on"). Outside the sandbox it
 * is the system clock. In the sandbox it can be moved ({@code PUT /operator/v1/clock}): the shift is kept in
 * PostgreSQL, so every replica agrees, and time goes on running from the instant that was set.
 */
@ApplicationScoped
public class ServiceClock {

    /** The legal time of the convention: local dates and calculation periods are Europe/Paris. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** An instant as the API writes it: Europe/Paris time, seconds always given (RFC 3339). */
    public static String label(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(PARIS));
    }

    private final Pool pool;
    private final boolean sandbox;
    private final Clock system;

    public ServiceClock(Pool pool, @ConfigProperty(name = "acc.sandbox.enabled") boolean sandbox) {
        this.pool = pool;
        this.sandbox = sandbox;
        this.system = Clock.systemUTC();
    }

    public boolean settable() {
        return sandbox;
    }

    public Uni<Instant> now() {
        if (!sandbox) {
            return Uni.createFrom().item(system.instant().truncatedTo(ChronoUnit.MILLIS));
        }
        return pool.query("SELECT shift_ms FROM service_clock WHERE id = 1").execute().map(rows -> {
            Iterator<Row> iterator = rows.iterator();
            long shift = iterator.hasNext() ? iterator.next().getLong(0) : 0L;
            return system.instant().plusMillis(shift).truncatedTo(ChronoUnit.MILLIS);
        });
    }

    public Uni<LocalDate> today() {
        return now().map(instant -> LocalDate.ofInstant(instant, PARIS));
    }

    /** Moves the clock so that it reads {@code now} at this moment (sandbox only). */
    public Uni<Void> set(Instant now) {
        long shift = Duration.between(system.instant(), now).toMillis();
        return pool.preparedQuery("INSERT INTO service_clock (id, shift_ms) VALUES (1, $1) "
                        + "ON CONFLICT (id) DO UPDATE SET shift_ms = excluded.shift_ms")
                .execute(Tuple.of(shift))
                .replaceWithVoid();
    }

    public Uni<Void> reset() {
        return pool.query("DELETE FROM service_clock").execute().replaceWithVoid();
    }
}
