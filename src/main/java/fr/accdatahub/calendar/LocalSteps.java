package fr.accdatahub.calendar;

import java.time.Instant;
import java.time.Month;
import java.time.ZonedDateTime;
import java.util.Arrays;

/**
 * Steps read on the Paris wall clock once: each step's local minute of the day and season, so that the time class
 * of every participant at every step costs no time-zone lookup (a month of 200 consumers is 600,000 of them).
 */
public final class LocalSteps {

    private final int[] minuteOfDay;
    private final boolean[] highSeason;

    private LocalSteps(int[] minuteOfDay, boolean[] highSeason) {
        this.minuteOfDay = minuteOfDay;
        this.highSeason = highSeason;
    }

    public static LocalSteps of(Instant[] steps) {
        int[] minuteOfDay = new int[steps.length];
        boolean[] highSeason = new boolean[steps.length];
        for (int s = 0; s < steps.length; s++) {
            ZonedDateTime local = steps[s].atZone(Paris.ZONE);
            minuteOfDay[s] = local.getHour() * 60 + local.getMinute();
            highSeason[s] = isHighSeason(local.getMonth());
        }
        return new LocalSteps(minuteOfDay, highSeason);
    }

    /** High season (H): November to March. */
    static boolean isHighSeason(Month month) {
        return month.getValue() >= Month.NOVEMBER.getValue() || month.getValue() <= Month.MARCH.getValue();
    }

    public int size() {
        return minuteOfDay.length;
    }

    /** The steps {@code [from, to)}. */
    public LocalSteps slice(int from, int to) {
        return new LocalSteps(Arrays.copyOfRange(minuteOfDay, from, to), Arrays.copyOfRange(highSeason, from, to));
    }

    /** The time class of step {@code s} for a participant's off-peak hours. */
    public TimeClass classOf(int s, TimeClass.OffPeak offPeak) {
        return TimeClass.of(highSeason[s], offPeak.contains(minuteOfDay[s]));
    }
}
