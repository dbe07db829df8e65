package fr.accdatahub.sandbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class DemoCurvesTest {

    private final DemoCurves curves = new DemoCurves();

    @Test
    void aDayHasOneValuePerStepClockChangesIncluded() {
        DemoCurves.Profile household = new DemoCurves.Profile(false, 1);
        assertEquals(96, curves.day("30000000000101", household, LocalDate.of(2024, 11, 5)).length);
        assertEquals(100, curves.day("30000000000101", household, LocalDate.of(2024, 10, 27)).length);
        assertEquals(92, curves.day("30000000000101", household, LocalDate.of(2025, 3, 30)).length);
        assertEquals(48, curves.day("30000000000101", household, LocalDate.of(2024, 9, 10)).length);
    }

    @Test
    void solarProductionIsZeroAtNightAndPositiveAtNoonInSummer() {
        Integer[] june = curves.day("30000000000201", new DemoCurves.Profile(true, 6), LocalDate.of(2025, 6, 21));
        assertTrue(june[8] == null || june[8] == 0);
        assertTrue(Arrays.stream(june, 44, 60).filter(Objects::nonNull).mapToInt(Integer::intValue).max()
                .orElse(0) > 1_000);
    }

    @Test
    void curvesAreDeterministicPositiveAndSometimesMissing() {
        DemoCurves.Profile household = new DemoCurves.Profile(false, 1);
        LocalDate day = LocalDate.of(2025, 1, 15);
        assertArrayEquals(curves.day("30000000000105", household, day), curves.day("30000000000105", household, day));
        long missing = 0;
        for (int d = 0; d < 200; d++) {
            Integer[] values = curves.day("30000000000105", household, day.plusDays(d));
            assertTrue(Arrays.stream(values).filter(Objects::nonNull).allMatch(w -> w >= 0));
            missing += Arrays.stream(values).filter(Objects::isNull).count();
        }
        assertTrue(missing > 0 && missing < 200, "missing " + missing);
    }
}
