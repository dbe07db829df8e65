package fr.accdatahub.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The legal time of the convention, Europe/Paris: instants are UTC inside the service and Paris time at its edges.
 * Local dates and calculation periods are Paris days.
 */
public final class Paris {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private Paris() {
    }

    /** An instant in Paris time, with its offset. */
    public static OffsetDateTime local(Instant instant) {
        return instant.atZone(ZONE).toOffsetDateTime();
    }

    /** {@link #local}, or null for no instant. */
    public static OffsetDateTime localOrNull(Instant instant) {
        return instant == null ? null : local(instant);
    }

    /** An instant as the API writes it: Paris time, seconds always given (RFC 3339). */
    public static String label(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(ZONE));
    }

    /** The Paris day of an instant. */
    public static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
