package fr.accdatahub.calendar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatePeriodTest {

    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
    private static final LocalDate FEB_1 = LocalDate.of(2025, 2, 1);

    @Test
    void theEndIsExclusive() {
        DatePeriod january = new DatePeriod(JAN_1, FEB_1);
        assertTrue(january.contains(JAN_1));
        assertTrue(january.contains(FEB_1.minusDays(1)));
        assertFalse(january.contains(FEB_1));
        assertFalse(january.contains(JAN_1.minusDays(1)));
    }

    @Test
    void anOpenPeriodGoesOnForever() {
        assertTrue(new DatePeriod(JAN_1, null).contains(LocalDate.of(9999, 12, 30)));
        assertTrue(new DatePeriod(JAN_1, null).reachesOnOrAfter(LocalDate.of(3000, 1, 1)));
    }

    @Test
    void adjacentPeriodsDoNotOverlap() {
        assertFalse(new DatePeriod(JAN_1, FEB_1).overlaps(new DatePeriod(FEB_1, null)));
        assertTrue(new DatePeriod(JAN_1, FEB_1.plusDays(1)).overlaps(new DatePeriod(FEB_1, null)));
        assertTrue(new DatePeriod(FEB_1, null).overlaps(new DatePeriod(JAN_1, null)));
    }

    @Test
    void anEmptyOrReversedPeriodIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DatePeriod(JAN_1, JAN_1));
        assertThrows(IllegalArgumentException.class, () -> new DatePeriod(FEB_1, JAN_1));
    }
}
