package fr.accdatahub.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class StepGridTest {

    @Test
    void stepsAre30MinutesBeforeOctober2024And15After() {
        assertEquals(30, StepGrid.minutesAt(at("2024-09-30T23:30:00+02:00")));
        assertEquals(15, StepGrid.minutesAt(at("2024-10-01T00:00:00+02:00")));
        assertTrue(StepGrid.isAligned(at("2024-09-30T23:30:00+02:00")));
        assertFalse(StepGrid.isAligned(at("2024-09-30T23:15:00+02:00")));
        assertTrue(StepGrid.isAligned(at("2024-10-01T00:15:00+02:00")));
        assertFalse(StepGrid.isAligned(at("2024-10-01T00:10:00+02:00")));
        assertFalse(StepGrid.isAligned(Instant.parse("2024-10-01T00:15:00.001Z")));
    }

    @Test
    void daysHave96StepsExceptOnClockChanges() {
        assertEquals(96, steps("2024-11-01"));
        assertEquals(92, steps("2025-03-30"));
        assertEquals(100, steps("2024-10-27"));
        assertEquals(100, steps("2025-10-26"));
        assertEquals(46, steps("2024-03-31"));  // 30-minute steps then
        assertEquals(48, steps("2024-09-30"));
    }

    private static int steps(String day) {
        LocalDate date = LocalDate.parse(day);
        return StepGrid.count(StepGrid.startOf(date), StepGrid.startOf(date.plusDays(1)));
    }

    private static Instant at(String instant) {
        return OffsetDateTime.parse(instant).toInstant();
    }
}
