package fr.accdatahub.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A half-open period of local days {@code [start, end)}; a null end means open-ended. */
public record DatePeriod(LocalDate start, LocalDate end) {

    public DatePeriod {
        Objects.requireNonNull(start, "start");
        if (end != null && !end.isAfter(start)) {
            throw new IllegalArgumentException("end " + end + " must be after start " + start);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && (end == null || day.isBefore(end));
    }

    public boolean overlaps(DatePeriod other) {
        boolean startsBeforeOtherEnds = other.end == null || start.isBefore(other.end);
        boolean otherStartsBeforeThisEnds = end == null || other.start.isBefore(end);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /** True when the period has not ended by {@code day}: it covers {@code day} or some later day. */
    public boolean reachesOnOrAfter(LocalDate day) {
        return end == null || end.isAfter(day);
    }
}
