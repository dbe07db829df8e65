package fr.accdatahub.calendar;

import fr.accdatahub.failure.InvalidRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * A half-open range of instants {@code [start, end)} from request parameters, each a local day {@code YYYY-MM-DD}
 * (its first instant in Europe/Paris) or an instant with an explicit offset.
 */
public record InstantRange(Instant start, Instant end) {

    public static InstantRange parse(String start, String end, int maxDays) {
        InstantRange range = new InstantRange(instant("start", start), instant("end", end));
        if (!range.start.isBefore(range.end)) {
            throw new InvalidRequest("start must be before end");
        }
        if (Duration.between(range.start, range.end).compareTo(Duration.ofDays(maxDays).plusHours(1)) > 0) {
            throw new InvalidRequest("The range may span " + maxDays + " days at most");
        }
        return range;
    }

    /** The Paris day of the first instant. */
    public LocalDate firstDay() {
        return Paris.day(start);
    }

    /** The Paris day after the one of the last instant: the range's days are {@code [firstDay, endDay)}. */
    public LocalDate endDay() {
        return Paris.day(end.minusNanos(1)).plusDays(1);
    }

    /** Whether the range is made of whole Paris days. */
    public boolean isWholeDays() {
        return StepGrid.startOf(firstDay()).equals(start) && StepGrid.startOf(endDay()).equals(end);
    }

    /** A 400 unless both ends are steps of {@code grid}. */
    public void requireOn(StepGrid grid) {
        if (!grid.isAligned(start) || !grid.isAligned(end)) {
            throw new InvalidRequest("start and end must be on the step grid: steps of "
                    + grid.minutesAt(grid.isAligned(start) ? end : start) + " minutes in that calculation period");
        }
    }

    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequest(name + " is required");
        }
        try {
            return value.length() == 10
                    ? StepGrid.startOf(LocalDate.parse(value))
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(name + " must be a day YYYY-MM-DD or an instant with an offset, e.g. "
                    + "2024-11-01T00:00:00+01:00, not '" + value + "'");
        }
    }
}
