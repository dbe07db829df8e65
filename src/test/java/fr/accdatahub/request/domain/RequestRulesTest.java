package fr.accdatahub.request.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.accdatahub.agreement.domain.Agreement;
import fr.accdatahub.agreement.domain.AgreementSnapshot;
import fr.accdatahub.agreement.domain.AgreementStatus;
import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.calendar.History;
import fr.accdatahub.request.domain.ChangeRequest.Coefficient;
import fr.accdatahub.request.domain.ChangeRequest.NewParticipant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestRulesTest {

    private static final LocalDate START = LocalDate.of(2024, 9, 1);
    /** Monday 3 March 2025: 15 business days later is Monday 24 March. */
    private static final LocalDate RECEIVED = LocalDate.of(2025, 3, 3);
    private static final LocalDate EFFECTIVE = LocalDate.of(2025, 4, 1);
    private static final String C1 = "10000000000001";
    private static final String C2 = "10000000000002";
    private static final String P1 = "20000000000001";
    private static final List<Attachment> PERIMETER = List.of(
            new Attachment(C1, Role.CONS, new DatePeriod(START, null), new BigDecimal("60")),
            new Attachment(C2, Role.CONS, new DatePeriod(START, null), new BigDecimal("30")),
            new Attachment(P1, Role.PROD, new DatePeriod(START, null), null));

    @Test
    void noticeIsFifteenBusinessDaysAcrossWeekendsAndHolidays() {
        assertEquals(LocalDate.of(2025, 3, 24), RequestRules.earliestEffectiveDate(RECEIVED));
        assertEquals(Set.of(Anomaly.NOTICE_NOT_RESPECTED),
                anomalies(exit(LocalDate.of(2025, 3, 23)), KeyType.DEFAULT, RECEIVED));
        assertEquals(Set.of(), anomalies(exit(LocalDate.of(2025, 3, 24)), KeyType.DEFAULT, RECEIVED));
        // Friday 25 April 2025: 1 and 8 May are holidays, so the 15th business day is Tuesday 20 May.
        LocalDate beforeMay = LocalDate.of(2025, 4, 25);
        assertEquals(LocalDate.of(2025, 5, 20), RequestRules.earliestEffectiveDate(beforeMay));
        assertEquals(Set.of(Anomaly.NOTICE_NOT_RESPECTED),
                anomalies(exit(LocalDate.of(2025, 5, 19)), KeyType.DEFAULT, beforeMay));
        assertEquals(Set.of(), anomalies(exit(LocalDate.of(2025, 5, 20)), KeyType.DEFAULT, beforeMay));
    }

    @Test
    void theAnswerIsDueFiveBusinessDaysAfterReceipt() {
        assertEquals(LocalDate.of(2025, 3, 10), RequestRules.answerDue(RECEIVED));
        assertEquals(LocalDate.of(2025, 5, 5), RequestRules.answerDue(LocalDate.of(2025, 4, 25)));
    }

    @Test
    void anEntryNeedsItsMasterDataAndAFreePrm() {
        NewParticipant complete = new NewParticipant("10000000000009", Role.CONS, "M. Dupont", "1 rue A", null, null,
                null, null, null, null, null);
        assertEquals(Set.of(), anomalies(entry(complete), KeyType.DEFAULT, RECEIVED));
        assertEquals(Set.of(Anomaly.PRM_IN_ANOTHER_AGREEMENT), RequestRules.anomalies(entry(complete),
                snapshot(KeyType.DEFAULT), RECEIVED, true));
        NewParticipant noAddress = new NewParticipant("10000000000009", Role.CONS, "M. Dupont", null, null, null,
                null, null, null, null, null);
        assertEquals(Set.of(Anomaly.MISSING_INFORMATION), anomalies(entry(noAddress), KeyType.DEFAULT, RECEIVED));
        NewParticipant producerWithoutContract = new NewParticipant("20000000000009", Role.PROD, "SCI Soleil",
                "2 rue B", null, null, null, null, null, new BigDecimal("36"), null);
        assertEquals(Set.of(Anomaly.MISSING_INFORMATION),
                anomalies(entry(producerWithoutContract), KeyType.DEFAULT, RECEIVED));
    }

    @Test
    void aStaticConsumerEntersWithACoefficientThatKeepsTheTotalAtMost100() {
        NewParticipant without = new NewParticipant("10000000000009", Role.CONS, "M. Dupont", "1 rue A", null, null,
                null, null, null, null, null);
        assertEquals(Set.of(Anomaly.MISSING_INFORMATION), anomalies(entry(without), KeyType.STATIC, RECEIVED));
        NewParticipant tooMuch = new NewParticipant("10000000000009", Role.CONS, "M. Dupont", "1 rue A", null, null,
                null, null, null, null, new BigDecimal("10.01"));
        assertEquals(Set.of(Anomaly.SUM_OVER_100), anomalies(entry(tooMuch), KeyType.STATIC, RECEIVED));
    }

    @Test
    void anExitAndACoefficientChangeNameAttachedPrms() {
        ChangeRequest stranger = new ChangeRequest(RequestType.PARTICIPANT_EXIT, EFFECTIVE, null, "10000000000009",
                Role.CONS, null, null);
        assertEquals(Set.of(Anomaly.NOT_IN_PERIMETER), anomalies(stranger, KeyType.DEFAULT, RECEIVED));
        assertEquals(Set.of(Anomaly.NOT_IN_PERIMETER), anomalies(coefficients(new Coefficient("10000000000009",
                BigDecimal.ONE)), KeyType.STATIC, RECEIVED));
        assertEquals(Set.of(Anomaly.SUM_OVER_100), anomalies(coefficients(new Coefficient(C2, new BigDecimal("40.01"))),
                KeyType.STATIC, RECEIVED));
        assertEquals(Set.of(), anomalies(coefficients(new Coefficient(C1, new BigDecimal("30")),
                new Coefficient(C2, new BigDecimal("70"))), KeyType.STATIC, RECEIVED));
    }

    @Test
    void aKeyTypeChangesToAnotherTypeAtThePeriodsStart() {
        assertEquals(Set.of(Anomaly.SAME_KEY_TYPE), anomalies(keyType(KeyType.DEFAULT, EFFECTIVE), KeyType.DEFAULT,
                RECEIVED));
        assertEquals(Set.of(Anomaly.NOT_A_PERIOD_START), anomalies(keyType(KeyType.DYNAMIC_SIMPLE,
                LocalDate.of(2025, 4, 2)), KeyType.DEFAULT, RECEIVED));
        assertEquals(Set.of(), anomalies(keyType(KeyType.DYNAMIC_SIMPLE, EFFECTIVE), KeyType.DEFAULT, RECEIVED));
    }

    @Test
    void aTerminatedAgreementTakesNoRequest() {
        Agreement terminated = new Agreement("ACC00000001", "Les Tilleuls", START, 1, null, null, null, null,
                new Agreement.Pmo("PMO", "12345678900014"), History.from(START, KeyType.DEFAULT),
                History.from(START, AgreementStatus.ACTIVE).change(LocalDate.of(2025, 3, 15), AgreementStatus.TERMINATED));
        assertEquals(Set.of(Anomaly.AGREEMENT_NOT_ACTIVE), RequestRules.anomalies(exit(EFFECTIVE),
                new AgreementSnapshot(terminated, PERIMETER), RECEIVED, false));
    }

    private static Set<Anomaly> anomalies(ChangeRequest request, KeyType keyType, LocalDate received) {
        return RequestRules.anomalies(request, snapshot(keyType), received, false);
    }

    private static AgreementSnapshot snapshot(KeyType keyType) {
        return new AgreementSnapshot(new Agreement("ACC00000001", "Les Tilleuls", START, 1, null, null, null, null,
                new Agreement.Pmo("PMO", "12345678900014"), History.from(START, keyType),
                History.from(START, AgreementStatus.ACTIVE)), PERIMETER);
    }

    private static ChangeRequest exit(LocalDate effective) {
        return new ChangeRequest(RequestType.PARTICIPANT_EXIT, effective, null, C1, Role.CONS, null, null);
    }

    private static ChangeRequest entry(NewParticipant participant) {
        return new ChangeRequest(RequestType.PARTICIPANT_ENTRY, EFFECTIVE, participant, null, null, null, null);
    }

    private static ChangeRequest keyType(KeyType keyType, LocalDate effective) {
        return new ChangeRequest(RequestType.KEY_TYPE_CHANGE, effective, null, null, null, keyType, null);
    }

    private static ChangeRequest coefficients(Coefficient... coefficients) {
        return new ChangeRequest(RequestType.STATIC_COEFFICIENTS_CHANGE, EFFECTIVE, null, null, null, null,
                List.of(coefficients));
    }
}
