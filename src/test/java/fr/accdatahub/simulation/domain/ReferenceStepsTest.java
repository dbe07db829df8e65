package fr.accdatahub.simulation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.accdatahub.calendar.Paris;
import fr.accdatahub.calendar.StepGrid;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Reference steps matched by local time of day, across the days with 92 and 100 steps. */
class ReferenceStepsTest {

    private static final StepGrid GRID = StepGrid.METER;

    @Test
    void theRepeatedOctoberHourReusesTheReferenceHour() {
        LocalDate october = LocalDate.of(2025, 10, 26);
        LocalDate weekBefore = october.minusWeeks(1);
        Instant[] steps = day(october);
        Instant[] reference = day(weekBefore);
        assertEquals(100, steps.length);
        int[] map = ReferenceSteps.map(steps, october, reference, weekBefore);
        // 02:00 +02:00 (index 8) and 02:00 +01:00 (index 12) both take the reference's 02:00 (index 8).
        assertEquals(8, map[8]);
        assertEquals(8, map[12]);
        assertEquals(12, map[16], "03:00 is the reference's 03:00");
        assertEquals(95, map[99]);
    }

    @Test
    void theMissingMarchHourIsSkippedAndAReferenceWithoutItLendsTheHourBefore() {
        LocalDate march = LocalDate.of(2025, 3, 30);
        LocalDate weekBefore = march.minusWeeks(1);
        int[] map = ReferenceSteps.map(day(march), march, day(weekBefore), weekBefore);
        assertEquals(92, map.length);
        assertEquals(7, map[7], "01:45");
        assertEquals(12, map[8], "03:00 takes 03:00; the reference's 02:xx are used by nobody");
        // The other way round: a normal day made from the March day; its 02:15 takes the March 01:15.
        int[] back = ReferenceSteps.map(day(weekBefore), weekBefore, day(march), march);
        assertEquals(5, back[9]);
        assertEquals(8, back[12], "03:00 takes the March 03:00, its 9th step");
    }

    @Test
    void aDayWithoutAReferenceHasNone() {
        LocalDate day = LocalDate.of(2025, 2, 10);
        int[] map = ReferenceSteps.map(day(day), day, day(day.minusWeeks(1)), day.minusWeeks(2));
        assertEquals(-1, map[0]);
        assertEquals(Paris.day(day(day)[0]), day);
    }

    private static Instant[] day(LocalDate day) {
        return GRID.steps(StepGrid.startOf(day), StepGrid.startOf(day.plusDays(1)));
    }
}
