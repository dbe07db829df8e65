package fr.accdatahub.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The service's notion of now. Business rules ask it, never {@code Instant.now()}: tests and the sandbox set it. */
@ApplicationScoped
public class ServiceClock {

    /** The legal time of the convention: local dates and calculation periods are Europe/Paris. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private volatile Clock clock = Clock.systemUTC();

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), PARIS);
    }

    /** Replaces the clock, for tests. */
    public void use(Clock clock) {
        this.clock = clock;
    }
}
