package fr.accdatahub.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * The measure step (pas de mesure): 30 minutes before 2024-10-01T00:00 Europe/Paris, 15 minutes from then on.
 * Steps are aligned on UTC multiples of their length; Paris offsets are whole hours, so they are aligned locally too.
 * A local day has 96 steps of 15 min, 92 on the last Sunday of March and 100 on the last Sunday of October.
 */
public final class StepGrid {

    /** The first instant of 15-minute steps (the EU settlement period change). */
    public static final Instant QUARTER_HOURS_FROM =
            ZonedDateTime.of(2024, 10, 1, 0, 0, 0, 0, Paris.ZONE).toInstant();

    private StepGrid() {
    }

    public static Duration stepAt(Instant instant) {
        return instant.isBefore(QUARTER_HOURS_FROM) ? Duration.ofMinutes(30) : Duration.ofMinutes(15);
    }

    public static int minutesAt(Instant instant) {
        return (int) stepAt(instant).toMinutes();
    }

    public static boolean isAligned(Instant instant) {
        return instant.getNano() == 0 && instant.getEpochSecond() % stepAt(instant).toSeconds() == 0;
    }

    public static Instant next(Instant step) {
        return step.plus(stepAt(step));
    }

    /** The first instant of a local day. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Paris.ZONE).toInstant();
    }

    /** The number of steps of a local day: 96 of 15 minutes (92 or 100 on clock changes), 48 of 30 before. */
    public static int stepsIn(LocalDate day) {
        Instant start = startOf(day);
        return (int) (Duration.between(start, startOf(day.plusDays(1))).toMinutes() / minutesAt(start));
    }

    /** The position of an aligned step within its local day. */
    public static int indexInDay(Instant step) {
        Instant start = startOf(Paris.day(step));
        return (int) (Duration.between(start, step).toMinutes() / minutesAt(step));
    }

    /** The step at a position of a local day. */
    public static Instant stepOf(LocalDate day, int index) {
        Instant start = startOf(day);
        return start.plus(stepAt(start).multipliedBy(index));
    }

    /** The number of steps in {@code [from, to)}, both aligned. */
    public static int count(Instant from, Instant to) {
        int count = 0;
        for (Instant step = from; step.isBefore(to); step = next(step)) {
            count++;
        }
        return count;
    }
}
