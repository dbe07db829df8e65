package fr.accdatahub.simulation.domain;

import fr.accdatahub.calendar.InstantRange;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.failure.InvalidRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The local days {@code [start, end)} a simulation or a generation covers: at most 31, of one step length. */
public record Days(LocalDate start, LocalDate end) {

    public static final int MAX = 31;

    public static Days of(LocalDate start, LocalDate end) {
        if (start == null || end == null) {
            throw new InvalidRequest("start and end are required (YYYY-MM-DD, end excluded)");
        }
        if (!start.isBefore(end)) {
            throw new InvalidRequest("start must be before end");
        }
        if (ChronoUnit.DAYS.between(start, end) > MAX) {
            throw new InvalidRequest("The range may span " + MAX + " days at most");
        }
        return new Days(start, end);
    }

    public long count() {
        return ChronoUnit.DAYS.between(start, end);
    }

    public InstantRange instants() {
        return new InstantRange(StepGrid.startOf(start), StepGrid.startOf(end));
    }

    /** The operation's step over the days: a 400 when they cross its switch from 30- to 15-minute steps. */
    public Duration step(StepGrid grid, String field) {
        Duration first = grid.stepAt(StepGrid.startOf(start));
        if (!grid.stepAt(StepGrid.startOf(end).minusSeconds(1)).equals(first)) {
            throw new InvalidRequest(field + ": the days cross the operation's switch from 30- to 15-minute steps: "
                    + "take them on each side of it");
        }
        return first;
    }
}
