package fr.accdatahub.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InstantRangeTest {

    @Test
    void aRangeOfWholeParisDaysKnowsItsDaysAcrossAChangeOfTime() {
        InstantRange october = InstantRange.parse("2025-10-25", "2025-10-28", 31);
        assertTrue(october.isWholeDays());
        assertEquals(LocalDate.of(2025, 10, 25), october.firstDay());
        assertEquals(LocalDate.of(2025, 10, 28), october.endDay());
    }

    @Test
    void aRangeEndingOrStartingWithinADayIsNotWholeDaysButKnowsTheDaysItTouches() {
        InstantRange evening = InstantRange.parse("2024-11-05T21:00:00+01:00", "2024-11-06", 31);
        assertFalse(evening.isWholeDays());
        assertEquals(LocalDate.of(2024, 11, 5), evening.firstDay());
        assertEquals(LocalDate.of(2024, 11, 6), evening.endDay());
        InstantRange morning = InstantRange.parse("2024-11-05", "2024-11-05T00:15:00+01:00", 31);
        assertFalse(morning.isWholeDays());
        assertEquals(LocalDate.of(2024, 11, 6), morning.endDay());
    }
}
