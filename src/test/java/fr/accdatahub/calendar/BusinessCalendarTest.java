package fr.accdatahub.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    @Test
    void easterIsComputedForAnyYear() {
        assertEquals(LocalDate.of(2024, 3, 31), BusinessCalendar.easterSunday(2024));
        assertEquals(LocalDate.of(2025, 4, 20), BusinessCalendar.easterSunday(2025));
        assertEquals(LocalDate.of(2026, 4, 5), BusinessCalendar.easterSunday(2026));
        assertEquals(LocalDate.of(2038, 4, 25), BusinessCalendar.easterSunday(2038));
    }

    @Test
    void easterBasedHolidaysAreNotBusinessDays() {
        assertFalse(BusinessCalendar.isBusinessDay(LocalDate.of(2024, 4, 1)));   // Easter Monday
        assertFalse(BusinessCalendar.isBusinessDay(LocalDate.of(2024, 5, 9)));   // Ascension
        assertFalse(BusinessCalendar.isBusinessDay(LocalDate.of(2024, 5, 20)));  // Whit Monday
        assertTrue(BusinessCalendar.isBusinessDay(LocalDate.of(2024, 5, 10)));
    }

    @Test
    void fixedHolidaysAndWeekendsAreNotBusinessDays() {
        for (String day : new String[] {"2025-01-01", "2025-05-01", "2025-05-08", "2025-07-14", "2025-08-15",
            "2025-11-01", "2025-11-11", "2025-12-25", "2025-11-22", "2025-11-23"}) {
            assertFalse(BusinessCalendar.isBusinessDay(LocalDate.parse(day)), day);
        }
        assertTrue(BusinessCalendar.isBusinessDay(LocalDate.of(2025, 11, 24)));
    }

    @Test
    void theFourthBusinessDayAfterSkipsWeekendsAndHolidays() {
        // Sunday 1 December 2024: Monday to Thursday.
        assertEquals(LocalDate.of(2024, 12, 5), BusinessCalendar.businessDaysAfter(LocalDate.of(2024, 12, 1), 4));
        // Friday 8 November 2024: the weekend, then Monday 11 November (Armistice) are skipped.
        assertEquals(LocalDate.of(2024, 11, 15), BusinessCalendar.businessDaysAfter(LocalDate.of(2024, 11, 8), 4));
        // Monday 5 May 2025: Thursday 8 May is a holiday.
        assertEquals(LocalDate.of(2025, 5, 12), BusinessCalendar.businessDaysAfter(LocalDate.of(2025, 5, 5), 4));
        // The day itself never counts, even when it is a business day.
        assertEquals(LocalDate.of(2024, 10, 7), BusinessCalendar.businessDaysAfter(LocalDate.of(2024, 10, 1), 4));
    }
}
