package fr.accdatahub.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A step grid (pas de mesure): 30-minute steps before a switch instant, 15-minute steps from then on. Steps are
 * aligned on UTC multiples of their length; Paris offsets are whole hours, so they are aligned locally too. A local
 * day has 96 steps of 15 min, 92 on the last Sunday of March and 100 on the last Sunday of October.
 *
 * <p>Meters switched on 2024-10-01T00:00 Europe/Paris ({@link #METER}: raw curves). An operation's grid is fixed per
 * calculation period (§9): a period that starts before 2024-10-01 is at 30 minutes throughout, so an operation
 * switches at the start of its first period on or after that day ({@link #ofOperation}).
 */
public final class StepGrid {

    /** The first local day of 15-minute meter steps (the EU settlement period change). */
    public static final LocalDate QUARTER_HOURS_FROM = LocalDate.of(2024, 10, 1);

    /** The meters' grid, on which raw curves are given. */
    public static final StepGrid METER = new StepGrid(QUARTER_HOURS_FROM);

    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private static final Duration QUARTER_HOUR = Duration.ofMinutes(15);

    private final Instant quarterHoursFrom;

    private StepGrid(LocalDate quarterHoursFrom) {
        this.quarterHoursFrom = startOf(quarterHoursFrom);
    }

    /**
     * The grid of an operation's calculations, keys and published data: 15 minutes from the start of its first
     * calculation period on or after 2024-10-01 (every period of an operation that starts later).
     */
    public static StepGrid ofOperation(LocalDate agreementStart, int anniversaryDay) {
        return agreementStart.isBefore(QUARTER_HOURS_FROM)
                ? new StepGrid(CalculationPeriod.anniversaryIn(YearMonth.from(QUARTER_HOURS_FROM), anniversaryDay))
                : METER;
    }

    public Duration stepAt(Instant instant) {
        return instant.isBefore(quarterHoursFrom) ? HALF_HOUR : QUARTER_HOUR;
    }

    public int minutesAt(Instant instant) {
        return (int) stepAt(instant).toMinutes();
    }

    public boolean isAligned(Instant instant) {
        return instant.getNano() == 0 && instant.getEpochSecond() % stepAt(instant).toSeconds() == 0;
    }

    public Instant next(Instant step) {
        return step.plus(stepAt(step));
    }

    /** The number of steps of a local day: 96 of 15 minutes (92 or 100 on clock changes), 48 of 30 before. */
    public int stepsIn(LocalDate day) {
        Instant start = startOf(day);
        return (int) (Duration.between(start, startOf(day.plusDays(1))).toMinutes() / minutesAt(start));
    }

    /** The position of an aligned step within its local day. */
    public int indexInDay(Instant step) {
        Instant start = startOf(Paris.day(step));
        return (int) (Duration.between(start, step).toMinutes() / minutesAt(step));
    }

    /** The step at a position of a local day. */
    public Instant stepOf(LocalDate day, int index) {
        Instant start = startOf(day);
        return start.plus(stepAt(start).multipliedBy(index));
    }

    /** The steps of {@code [from, to)}, {@code from} aligned. */
    public Instant[] steps(Instant from, Instant to) {
        List<Instant> steps = new ArrayList<>();
        for (Instant step = from; step.isBefore(to); step = next(step)) {
            steps.add(step);
        }
        return steps.toArray(Instant[]::new);
    }

    /** The first instant of a local day. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Paris.ZONE).toInstant();
    }
}
