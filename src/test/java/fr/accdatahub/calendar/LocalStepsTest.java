package fr.accdatahub.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LocalStepsTest {

    private static final TimeClass.OffPeak NIGHTS = TimeClass.OffPeak.parse("22:00-06:00");

    @Test
    void stepsAreClassifiedOnTheParisWallClock() {
        LocalSteps steps = LocalSteps.of(new Instant[] {
            Instant.parse("2025-10-31T22:45:00Z"), // 23:45 on 31 October: low season, off-peak
            Instant.parse("2025-10-31T23:00:00Z"), // 00:00 on 1 November: high season
            Instant.parse("2025-03-30T00:45:00Z"), // 01:45, before the spring change
            Instant.parse("2025-03-30T05:00:00Z"), // 07:00 summer time, 06:00 in UTC+1: peak
            Instant.parse("2025-06-10T20:00:00Z")}); // 22:00 summer time
        assertEquals(TimeClass.HCB, steps.classOf(0, NIGHTS));
        assertEquals(TimeClass.HCH, steps.classOf(1, NIGHTS));
        assertEquals(TimeClass.HCH, steps.classOf(2, NIGHTS));
        assertEquals(TimeClass.HPH, steps.classOf(3, NIGHTS));
        assertEquals(TimeClass.HCB, steps.classOf(4, NIGHTS));
    }

    @Test
    void aSliceKeepsItsSteps() {
        LocalSteps steps = LocalSteps.of(new Instant[] {
            Instant.parse("2025-06-10T03:45:00Z"), Instant.parse("2025-06-10T04:00:00Z")}).slice(1, 2);
        assertEquals(1, steps.size());
        assertEquals(TimeClass.HPB, steps.classOf(0, NIGHTS));
    }
}
