package fr.accdatahub.agreement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.calendar.History;
import fr.accdatahub.calendar.History.Version;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final History<AgreementStatus> ACTIVE = History.from(START, AgreementStatus.ACTIVE);

    @Test
    void anAgreementBecomesActiveByItselfTheFirstDayItIsComplete() {
        History<AgreementStatus> statuses = Lifecycle.statuses(ACTIVE, List.of(
                attachment("10000000000001", Role.CONS, "2025-01-01", null),
                attachment("20000000000001", Role.PROD, "2025-01-10", null)));
        assertEquals(List.of(version(AgreementStatus.SUSPENDED, "2025-01-01", "2025-01-10"),
                version(AgreementStatus.ACTIVE, "2025-01-10", null)), statuses.versions());
    }

    @Test
    void theLastProducerLeavingSuspendsItAndANewOneReactivatesIt() {
        History<AgreementStatus> statuses = Lifecycle.statuses(ACTIVE, List.of(
                attachment("10000000000001", Role.CONS, "2025-01-01", null),
                attachment("20000000000001", Role.PROD, "2025-01-01", "2025-06-01"),
                attachment("20000000000002", Role.PROD, "2025-07-01", null)));
        assertEquals(List.of(version(AgreementStatus.ACTIVE, "2025-01-01", "2025-06-01"),
                version(AgreementStatus.SUSPENDED, "2025-06-01", "2025-07-01"),
                version(AgreementStatus.ACTIVE, "2025-07-01", null)), statuses.versions());
    }

    @Test
    void theOperatorsSuspensionAndTerminationHoldWhateverThePerimeter() {
        History<AgreementStatus> decisions = ACTIVE.change(LocalDate.of(2025, 3, 1), AgreementStatus.SUSPENDED)
                .change(LocalDate.of(2025, 4, 1), AgreementStatus.ACTIVE)
                .change(LocalDate.of(2025, 9, 1), AgreementStatus.TERMINATED);
        History<AgreementStatus> statuses = Lifecycle.statuses(decisions, List.of(
                attachment("10000000000001", Role.CONS, "2025-01-01", null),
                attachment("20000000000001", Role.PROD, "2025-01-01", null)));
        assertEquals(List.of(version(AgreementStatus.ACTIVE, "2025-01-01", "2025-03-01"),
                version(AgreementStatus.SUSPENDED, "2025-03-01", "2025-04-01"),
                version(AgreementStatus.ACTIVE, "2025-04-01", "2025-09-01"),
                version(AgreementStatus.TERMINATED, "2025-09-01", null)), statuses.versions());
    }

    @Test
    void anEmptyPerimeterIsSuspended() {
        assertEquals(List.of(version(AgreementStatus.SUSPENDED, "2025-01-01", null)),
                Lifecycle.statuses(ACTIVE, List.of()).versions());
    }

    private static Attachment attachment(String prm, Role role, String start, String end) {
        return new Attachment(prm, role, new DatePeriod(LocalDate.parse(start), end == null ? null
                : LocalDate.parse(end)), null);
    }

    private static Version<AgreementStatus> version(AgreementStatus status, String from, String to) {
        return new Version<>(status, new DatePeriod(LocalDate.parse(from), to == null ? null : LocalDate.parse(to)));
    }
}
