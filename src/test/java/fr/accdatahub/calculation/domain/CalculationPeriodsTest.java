package fr.accdatahub.calculation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.accdatahub.agreement.domain.Agreement;
import fr.accdatahub.agreement.domain.AgreementStatus;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.calendar.CalculationPeriod;
import fr.accdatahub.calendar.History;
import fr.accdatahub.failure.InvalidRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CalculationPeriodsTest {

    /** Starts on 15 September 2024; its periods then run from the 1st of each month. */
    private static final LocalDate START = LocalDate.of(2024, 9, 15);
    private static final Agreement AGREEMENT = new Agreement("ACC00000001", "Les Tilleuls", START, 1, "Lyon", null,
            null, null, new Agreement.Pmo("PMO", "12345678901234"), History.from(START, KeyType.DEFAULT),
            History.from(START, AgreementStatus.ACTIVE));
    private static final CalculationPeriod OCTOBER = new CalculationPeriod(LocalDate.of(2024, 10, 1),
            LocalDate.of(2024, 11, 1));

    @Test
    void aPeriodStartsOnTheAgreementsStartOrOnAnAnniversaryDay() {
        assertEquals(new CalculationPeriod(LocalDate.of(2024, 9, 15), LocalDate.of(2024, 10, 1)),
                CalculationPeriods.starting(AGREEMENT, LocalDate.of(2024, 9, 15)));
        assertEquals(OCTOBER, CalculationPeriods.starting(AGREEMENT, LocalDate.of(2024, 10, 1)));
    }

    @Test
    void aDayThatStartsNoPeriodIsABadRequest() {
        InvalidRequest refused = assertThrows(InvalidRequest.class,
                () -> CalculationPeriods.starting(AGREEMENT, LocalDate.of(2024, 10, 5)));
        assertEquals("invalid_request", refused.code());
        assertEquals("period_start must be the first day of a calculation period, e.g. 2024-10-01 (anniversary day 1)",
                refused.getMessage());
    }

    @Test
    void aDayBeforeTheAgreementIsABadRequest() {
        InvalidRequest refused = assertThrows(InvalidRequest.class,
                () -> CalculationPeriods.starting(AGREEMENT, LocalDate.of(2024, 9, 1)));
        assertEquals("invalid_request", refused.code());
        assertEquals("The agreement starts on 2024-09-15", refused.getMessage());
    }

    @Test
    void aPeriodIsOverFromTheFirstInstantOfItsEndDay() {
        PeriodNotOver early = assertThrows(PeriodNotOver.class,
                () -> CalculationPeriods.over(OCTOBER, Instant.parse("2024-10-31T22:59:59Z")));
        assertEquals("period_not_over", early.code());
        assertEquals("The period 2024-10-01 to 2024-11-01 is not over yet", early.getMessage());
        assertSame(OCTOBER, CalculationPeriods.over(OCTOBER, Instant.parse("2024-10-31T23:00:00Z")));
    }

    @Test
    void periodsAreDueOnceTheirKeyDeadlineHasPassed() {
        assertEquals(List.of(), CalculationPeriods.due(AGREEMENT, Instant.parse("2024-10-07T21:59:59Z"), Set.of()));
        assertEquals(List.of(LocalDate.of(2024, 9, 15)),
                CalculationPeriods.due(AGREEMENT, Instant.parse("2024-10-07T22:00:00Z"), Set.of()));
        // October closes on Friday 1 November, a holiday: its keys are due by Thursday 7 November.
        assertEquals(List.of(LocalDate.of(2024, 9, 15)),
                CalculationPeriods.due(AGREEMENT, Instant.parse("2024-11-07T22:59:59Z"), Set.of()));
        assertEquals(List.of(LocalDate.of(2024, 9, 15), LocalDate.of(2024, 10, 1)),
                CalculationPeriods.due(AGREEMENT, Instant.parse("2024-11-07T23:00:00Z"), Set.of()));
    }

    @Test
    void computedPeriodsAreNotDue() {
        Instant december = Instant.parse("2024-12-20T12:00:00Z");
        assertEquals(List.of(LocalDate.of(2024, 10, 1)), CalculationPeriods.due(AGREEMENT, december,
                Set.of(LocalDate.of(2024, 9, 15), LocalDate.of(2024, 11, 1))));
        assertEquals(List.of(LocalDate.of(2024, 9, 15), LocalDate.of(2024, 10, 1), LocalDate.of(2024, 11, 1)),
                CalculationPeriods.due(AGREEMENT, december, Set.of()));
    }
}
