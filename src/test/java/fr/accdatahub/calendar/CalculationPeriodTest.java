package fr.accdatahub.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class CalculationPeriodTest {

    private static final LocalDate START = LocalDate.of(2024, 9, 1);

    @Test
    void aPeriodRunsFromOneAnniversaryToTheNext() {
        assertEquals(new CalculationPeriod(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 12, 1)),
                CalculationPeriod.containing(LocalDate.of(2024, 11, 30), START, 1));
        assertEquals(new CalculationPeriod(LocalDate.of(2024, 10, 15), LocalDate.of(2024, 11, 15)),
                CalculationPeriod.containing(LocalDate.of(2024, 11, 14), START, 15));
        assertEquals(new CalculationPeriod(LocalDate.of(2024, 11, 15), LocalDate.of(2024, 12, 15)),
                CalculationPeriod.containing(LocalDate.of(2024, 11, 15), START, 15));
    }

    @Test
    void anAnniversaryOnThe31stFallsOnTheLastDayOfShorterMonths() {
        LocalDate start = LocalDate.of(2025, 1, 31);
        assertEquals(new CalculationPeriod(start, LocalDate.of(2025, 2, 28)),
                CalculationPeriod.containing(LocalDate.of(2025, 2, 15), start, 31));
        assertEquals(new CalculationPeriod(LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 31)),
                CalculationPeriod.containing(LocalDate.of(2025, 2, 28), start, 31));
        assertEquals(new CalculationPeriod(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 30)),
                CalculationPeriod.containing(LocalDate.of(2025, 4, 29), start, 31));
        assertEquals(new CalculationPeriod(LocalDate.of(2024, 1, 30), LocalDate.of(2024, 2, 29)),
                CalculationPeriod.containing(LocalDate.of(2024, 2, 1), LocalDate.of(2023, 12, 30), 30),
                "29 February in a leap year");
    }

    @Test
    void theFirstPeriodStartsWithTheAgreement() {
        assertEquals(new CalculationPeriod(LocalDate.of(2024, 9, 10), LocalDate.of(2024, 10, 1)),
                CalculationPeriod.containing(LocalDate.of(2024, 9, 20), LocalDate.of(2024, 9, 10), 1));
    }

    @Test
    void keysAreDueByTheEndOfTheFourthBusinessDayParisTime() {
        CalculationPeriod november = CalculationPeriod.containing(LocalDate.of(2024, 11, 10), START, 1);
        assertEquals(LocalDate.of(2024, 12, 5), november.lastDayForKeys());
        assertEquals(Instant.parse("2024-12-05T23:00:00Z"), november.keyDeadline());
        assertTrue(november.acceptsKeysAt(OffsetDateTime.parse("2024-12-05T23:59:59+01:00").toInstant()));
        assertFalse(november.acceptsKeysAt(OffsetDateTime.parse("2024-12-06T00:00:00+01:00").toInstant()));
    }
}
