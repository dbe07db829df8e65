package fr.accdatahub.partition.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthWindowTest {

    private static final LocalDate REAL = LocalDate.of(2026, 12, 3);

    @Test
    void monthsAreMadeFromTheMonthBeforeTheEarlierClockToTheMonthsAheadOfTheLater() {
        MonthWindow window = MonthWindow.of(REAL, LocalDate.of(2026, 10, 20), 2, 0);
        assertEquals(List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11),
                YearMonth.of(2026, 12), YearMonth.of(2027, 1), YearMonth.of(2027, 2)), window.ahead());
        assertNull(window.oldestKept());
        assertTrue(window.kept(YearMonth.of(1990, 1)));
    }

    @Test
    void theRetentionCountsFromTheEarlierClockSoASandboxClockMovedForwardDropsNothingMore() {
        MonthWindow window = MonthWindow.of(REAL, LocalDate.of(2031, 1, 1), 1, 24);
        assertEquals(YearMonth.of(2024, 12), window.oldestKept());
        assertTrue(window.kept(YearMonth.of(2024, 12)));
        assertFalse(window.kept(YearMonth.of(2024, 11)));
        assertEquals(YearMonth.of(2026, 11), window.ahead().get(0));
        assertEquals(YearMonth.of(2031, 2), window.ahead().get(window.ahead().size() - 1));
    }

    @Test
    void monthsPastTheRetentionAreNotCreatedAhead() {
        MonthWindow window = MonthWindow.of(LocalDate.of(2020, 5, 1), REAL, 0, 13);
        assertEquals(YearMonth.of(2019, 4), window.oldestKept());
        assertEquals(YearMonth.of(2020, 4), window.ahead().get(0));
        assertThrows(IllegalArgumentException.class, () -> MonthWindow.of(REAL, REAL, 0, 12));
    }
}
