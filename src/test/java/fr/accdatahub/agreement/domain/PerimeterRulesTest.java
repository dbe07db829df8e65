package fr.accdatahub.agreement.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.accdatahub.agreement.domain.PerimeterRules.Elsewhere;
import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.calendar.History;
import fr.accdatahub.failure.Conflict;
import fr.accdatahub.failure.Failure;
import fr.accdatahub.failure.InvalidRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PerimeterRulesTest {

    private static final DatePeriod ALWAYS = new DatePeriod(LocalDate.of(2024, 1, 1), null);

    private static final String C1 = "10000000000001";
    private static final String C2 = "10000000000002";
    private static final String P1 = "20000000000001";
    private static final LocalDate START = LocalDate.of(2024, 9, 1);

    @Test
    void aPerimeterWithoutAProducerIsAllowedTheAgreementIsSuspendedThen() {
        assertDoesNotThrow(() -> PerimeterRules.checkInvariants(agreement(AgreementStatus.ACTIVE, KeyType.DEFAULT),
                List.of(attachment(C1, Role.CONS, "2024-09-01", null, null))));
    }

    @Test
    void aStaticAgreementsConsumersNeedCoefficientsOfAtMost100PercentADay() {
        Agreement agreement = agreement(AgreementStatus.SUSPENDED, KeyType.STATIC);
        assertFailure(Conflict.class, "static_coefficient_required",
                "Consumer 10000000000002 of a STATIC agreement needs a static_coefficient",
                () -> PerimeterRules.checkInvariants(agreement, List.of(
                        attachment(C1, Role.CONS, "2024-09-01", null, "60"),
                        attachment(C2, Role.CONS, "2024-09-01", null, null))));
        assertFailure(Conflict.class, "static_total_over_100",
                "The consumers' static coefficients of ACC00000001 would exceed 100 % on some day",
                () -> PerimeterRules.checkInvariants(agreement, List.of(
                        attachment(C1, Role.CONS, "2024-09-01", null, "60"),
                        attachment(C2, Role.CONS, "2024-10-01", null, "40.01"))));
        assertDoesNotThrow(() -> PerimeterRules.checkInvariants(agreement, List.of(
                attachment(C1, Role.CONS, "2024-09-01", "2024-10-01", "60"),
                attachment(C2, Role.CONS, "2024-10-01", null, "40.01"),
                attachment(P1, Role.PROD, "2024-09-01", null, null))));
    }

    @Test
    void anAttachmentEndsAfterItStartsAndStartsWithTheAgreementOrLater() {
        Agreement agreement = agreement(AgreementStatus.ACTIVE, KeyType.DEFAULT);
        assertFailure(InvalidRequest.class, "invalid_request", "end 2024-10-01 must be after start 2024-10-01",
                () -> PerimeterRules.period(agreement, LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 1)));
        assertFailure(Conflict.class, "attachment_before_agreement",
                "An attachment cannot start before the agreement's start date 2024-09-01",
                () -> PerimeterRules.period(agreement, LocalDate.of(2024, 8, 31), null));
        assertEquals(new DatePeriod(START, LocalDate.of(2024, 9, 2)),
                PerimeterRules.period(agreement, START, LocalDate.of(2024, 9, 2)));
        Attachment attachment = attachment(C1, Role.CONS, "2024-09-01", null, null);
        assertFailure(InvalidRequest.class, "invalid_request", "end 2024-09-01 must be after the attachment's start "
                + "2024-09-01", () -> PerimeterRules.checkEnd(attachment, START));
        assertDoesNotThrow(() -> PerimeterRules.checkEnd(attachment, LocalDate.of(2024, 9, 2)));
    }

    @Test
    void staticCoefficientsAreForAStaticAgreementsConsumersOnly() {
        Agreement staticAgreement = agreement(AgreementStatus.ACTIVE, KeyType.STATIC);
        Agreement simple = agreement(AgreementStatus.ACTIVE, KeyType.DYNAMIC_SIMPLE);
        assertFailure(InvalidRequest.class, "invalid_request",
                "static_coefficient is required for a consumer of a STATIC agreement",
                () -> PerimeterRules.checkCoefficient(staticAgreement, C1, Role.CONS, ALWAYS, null));
        assertFailure(InvalidRequest.class, "invalid_request", "static_coefficient applies only to consumers of "
                + "STATIC agreements, not to 10000000000001 as cons in a DYNAMIC_SIMPLE agreement",
                () -> PerimeterRules.checkCoefficient(simple, C1, Role.CONS, ALWAYS, BigDecimal.TEN));
        assertFailure(InvalidRequest.class, "invalid_request", "static_coefficient applies only to consumers of "
                + "STATIC agreements, not to 20000000000001 as prod in a STATIC agreement",
                () -> PerimeterRules.checkCoefficient(staticAgreement, P1, Role.PROD, ALWAYS, BigDecimal.TEN));
        assertDoesNotThrow(() -> PerimeterRules.checkCoefficient(staticAgreement, C1, Role.CONS, ALWAYS, BigDecimal.TEN));
        assertDoesNotThrow(() -> PerimeterRules.checkCoefficient(simple, P1, Role.PROD, ALWAYS, null));
    }

    @Test
    void aPrmIsAttachedToOneAgreementAtATime() {
        DatePeriod wanted = new DatePeriod(LocalDate.of(2024, 9, 15), null);
        assertFailure(Conflict.class, "prm_already_attached",
                "PRM 10000000000001 is attached to ACC00000002 from 2024-01-01 to 2024-10-01",
                () -> PerimeterRules.checkNotAttachedElsewhere(C1, wanted, List.of(
                        new Elsewhere("ACC00000003", new DatePeriod(LocalDate.of(2023, 1, 1),
                                LocalDate.of(2023, 6, 1))),
                        new Elsewhere("ACC00000002", new DatePeriod(LocalDate.of(2024, 1, 1),
                                LocalDate.of(2024, 10, 1))))));
        assertFailure(Conflict.class, "prm_already_attached", "PRM 10000000000001 is attached to ACC00000002 from "
                + "2025-01-01", () -> PerimeterRules.checkNotAttachedElsewhere(C1, wanted, List.of(
                        new Elsewhere("ACC00000002", new DatePeriod(LocalDate.of(2025, 1, 1), null)))));
        assertDoesNotThrow(() -> PerimeterRules.checkNotAttachedElsewhere(C1, wanted, List.of(
                new Elsewhere("ACC00000002", new DatePeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 9, 15))))));
    }

    @Test
    void attachmentsOfAPrmInOneRoleDoNotOverlap() {
        List<Attachment> attachments = List.of(
                attachment(C1, Role.CONS, "2024-09-01", "2024-10-01", null),
                attachment(C1, Role.PROD, "2024-09-01", null, null),
                attachment(C1, Role.CONS, "2024-09-20", null, null));
        assertFailure(Conflict.class, "attachment_overlap",
                "PRM 10000000000001 already has an attachment as cons from 2024-09-01",
                () -> PerimeterRules.checkNoOverlap(2, attachments));
        assertDoesNotThrow(() -> PerimeterRules.checkNoOverlap(1, attachments));
        assertDoesNotThrow(() -> PerimeterRules.checkNoOverlap(0, List.of(attachments.get(0),
                attachment(C1, Role.CONS, "2024-10-01", null, null))));
    }

    @Test
    void theLatestAttachmentIsTheOneThatStartsLast() {
        List<Attachment> attachments = List.of(
                attachment(C1, Role.CONS, "2024-10-01", null, null),
                attachment(C1, Role.CONS, "2024-09-01", "2024-09-15", null),
                attachment(C1, Role.PROD, "2024-12-01", null, null),
                attachment(C2, Role.CONS, "2024-12-01", null, null));
        assertEquals(Optional.of(0), PerimeterRules.latest(attachments, C1, Role.CONS, null));
        assertEquals(Optional.of(1), PerimeterRules.latest(attachments, C1, Role.CONS, LocalDate.of(2024, 10, 1)));
        assertEquals(Optional.empty(), PerimeterRules.latest(attachments, C1, Role.CONS, START));
        assertEquals(Optional.empty(), PerimeterRules.latest(attachments, P1, Role.PROD, null));
    }

    private static void assertFailure(Class<? extends Failure> kind, String code, String message, Runnable action) {
        Failure failure = assertThrows(kind, action::run);
        assertEquals(code, failure.code());
        assertEquals(message, failure.getMessage());
    }

    private static Agreement agreement(AgreementStatus status, KeyType keyType) {
        return new Agreement("ACC00000001", "Les Tilleuls", START, 1, "Lyon", null, null, null,
                new Agreement.Pmo("PMO", "12345678901234"),
                History.from(START, keyType), History.from(START, status));
    }

    private static Attachment attachment(String prm, Role role, String start, String end, String coefficient) {
        return new Attachment(prm, role, new DatePeriod(LocalDate.parse(start), end == null ? null
                : LocalDate.parse(end)), coefficient == null ? null : new BigDecimal(coefficient));
    }
}
