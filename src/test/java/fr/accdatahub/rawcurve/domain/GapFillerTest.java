package fr.accdatahub.rawcurve.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.calendar.StepGrid;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapFillerTest {

    private static final double NAN = Double.NaN;

    @Test
    void aGapOfAnHourIsInterpolatedLinearly() {
        Instant[] steps = steps("2024-11-01", 1);
        double[] values = filled(steps.length, 100);
        values[10] = 100;
        Arrays.fill(values, 11, 15, NAN);
        values[15] = 600;
        boolean[] estimated = new GapFiller(steps).fill(values);
        assertArrayEquals(new double[] {200, 300, 400, 500}, Arrays.copyOfRange(values, 11, 15), 1e-9);
        assertTrue(estimated[11] && estimated[14]);
        assertFalse(estimated[10] || estimated[15]);
    }

    @Test
    void aLongerGapTakesTheValuesOfOneWeekEarlier() {
        Instant[] steps = steps("2024-11-01", 8);
        double[] values = new double[steps.length];
        for (int k = 0; k < values.length; k++) {
            values[k] = k;
        }
        int dayEight = 7 * 96;
        Arrays.fill(values, dayEight + 40, dayEight + 45, NAN);
        boolean[] estimated = new GapFiller(steps).fill(values);
        assertEquals(40, values[dayEight + 40], 1e-9);
        assertEquals(44, values[dayEight + 44], 1e-9);
        assertTrue(estimated[dayEight + 44]);
        assertFalse(estimated[dayEight + 45]);
    }

    @Test
    void aWeekEarlierIsTheSameLocalTimeAcrossAClockChange() {
        // 27 October 2024 has 100 steps: 3 November 10:00 takes 27 October 10:00 local, not 10:00 UTC minus 7 days.
        Instant[] steps = steps("2024-10-27", 8);
        double[] values = new double[steps.length];
        for (int k = 0; k < values.length; k++) {
            values[k] = k;
        }
        int target = indexOf(steps, "2024-11-03T10:00:00+01:00");
        int weekBefore = indexOf(steps, "2024-10-27T10:00:00+01:00");
        Arrays.fill(values, target, target + 8, NAN);
        new GapFiller(steps).fill(values);
        assertEquals(weekBefore, values[target], 1e-9);
    }

    @Test
    void unknownHistoryFallsBackToZeroAndIsStillMarked() {
        Instant[] steps = steps("2024-11-01", 1);
        double[] values = filled(steps.length, NAN);
        boolean[] estimated = new GapFiller(steps).fill(values);
        assertEquals(0, values[50], 1e-9);
        assertTrue(estimated[50]);
    }

    private static int indexOf(Instant[] steps, String instant) {
        return Arrays.asList(steps).indexOf(OffsetDateTime.parse(instant).toInstant());
    }

    private static double[] filled(int size, double value) {
        double[] values = new double[size];
        Arrays.fill(values, value);
        return values;
    }

    private static Instant[] steps(String first, int days) {
        List<Instant> steps = new ArrayList<>();
        LocalDate day = LocalDate.parse(first);
        for (Instant step = StepGrid.startOf(day); step.isBefore(StepGrid.startOf(day.plusDays(days)));
                step = StepGrid.METER.next(step)) {
            steps.add(step);
        }
        return steps.toArray(Instant[]::new);
    }
}
