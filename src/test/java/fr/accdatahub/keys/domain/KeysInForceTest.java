package fr.accdatahub.keys.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.accdatahub.agreement.domain.Agreement;
import fr.accdatahub.agreement.domain.AgreementStatus;
import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.agreement.domain.Perimeter;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.calendar.History;
import fr.accdatahub.calendar.InstantRange;
import fr.accdatahub.keys.domain.KeysInForce.Coefficient;
import fr.accdatahub.keys.domain.KeysInForce.Producer;
import fr.accdatahub.keys.domain.KeysInForce.Source;
import fr.accdatahub.keys.domain.KeysInForce.Step;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeysInForceTest {

    private static final String C1 = "10000000000001";
    private static final String C2 = "10000000000002";
    private static final String C3 = "10000000000003";
    private static final String P1 = "20000000000001";
    private static final String P2 = "20000000000002";
    private static final LocalDate START = LocalDate.of(2024, 11, 5);
    private static final Perimeter PERIMETER = new Perimeter(List.of(
            new Attachment(C2, Role.CONS, new DatePeriod(START, null), new BigDecimal("30")),
            new Attachment(P1, Role.PROD, new DatePeriod(START, null), null),
            new Attachment(P2, Role.PROD, new DatePeriod(START, null), null),
            new Attachment(C1, Role.CONS, new DatePeriod(START, null), new BigDecimal("40")),
            new Attachment(C3, Role.CONS, new DatePeriod(LocalDate.of(2024, 11, 6), null), new BigDecimal("30"))));
    /** From 23:30 the day before the agreement starts to 00:30 on its first day. */
    private static final InstantRange RANGE = new InstantRange(at("2024-11-04T23:30:00+01:00"),
            at("2024-11-05T00:30:00+01:00"));
    private static final UUID SUBMISSION = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID OTHER_SUBMISSION = UUID.fromString("00000000-0000-0000-0000-000000000002");

    @Test
    void stepsBeforeTheAgreementsStartAreSkipped() {
        KeysInForce keys = KeysInForce.of(agreement(KeyType.DYNAMIC_SIMPLE), PERIMETER, RANGE, List.of(), List.of());
        assertEquals("ACC00000001", keys.agreementId());
        assertEquals(KeyType.DYNAMIC_SIMPLE, keys.keyType());
        assertEquals(OffsetDateTime.parse("2024-11-04T23:30:00+01:00"), keys.start());
        assertEquals(OffsetDateTime.parse("2024-11-05T00:30:00+01:00"), keys.end());
        assertEquals(List.of(OffsetDateTime.parse("2024-11-05T00:00:00+01:00"),
                OffsetDateTime.parse("2024-11-05T00:15:00+01:00")), keys.steps().stream().map(Step::start).toList());
    }

    @Test
    void aStaticAgreementsKeysAreThePerimetersCoefficientsOfTheDayByPrm() {
        KeysInForce keys = KeysInForce.of(agreement(KeyType.STATIC), PERIMETER, RANGE, List.of(
                new StoredKey(at("2024-11-05T00:00:00+01:00"), "", new String[] {C1}, new short[] {10000},
                        SUBMISSION)), List.of());
        List<Coefficient> coefficients = List.of(new Coefficient(C1, new BigDecimal("40")),
                new Coefficient(C2, new BigDecimal("30")));
        assertEquals(List.of(
                new Step(OffsetDateTime.parse("2024-11-05T00:00:00+01:00"), Source.STATIC, null, coefficients, null, null),
                new Step(OffsetDateTime.parse("2024-11-05T00:15:00+01:00"), Source.STATIC, null, coefficients, null, null)),
                keys.steps());
    }

    @Test
    void aSimpleStepHasItsSubmittedKeyElseTheDefaultKey() {
        KeysInForce keys = KeysInForce.of(agreement(KeyType.DYNAMIC_SIMPLE), PERIMETER, RANGE, List.of(
                new StoredKey(at("2024-11-05T00:15:00+01:00"), "", new String[] {C1, C2}, new short[] {5081, 3986},
                        SUBMISSION)), List.of());
        assertEquals(List.of(
                new Step(OffsetDateTime.parse("2024-11-05T00:00:00+01:00"), Source.DEFAULT, null, null, null, null),
                new Step(OffsetDateTime.parse("2024-11-05T00:15:00+01:00"), Source.SUBMITTED, SUBMISSION,
                        List.of(new Coefficient(C1, new BigDecimal("50.81")),
                                new Coefficient(C2, new BigDecimal("39.86"))), null, null)), keys.steps());
    }

    @Test
    void aFullStepListsEachProducersSubmittedKey() {
        KeysInForce keys = KeysInForce.of(agreement(KeyType.DYNAMIC_FULL), PERIMETER, RANGE, List.of(
                new StoredKey(at("2024-11-05T00:00:00+01:00"), P2, new String[] {C1, C2}, new short[] {0, 10000},
                        OTHER_SUBMISSION),
                new StoredKey(at("2024-11-05T00:00:00+01:00"), P1, new String[] {C1, C2}, new short[] {2500, 5},
                        SUBMISSION)), List.of());
        assertEquals(new Step(OffsetDateTime.parse("2024-11-05T00:00:00+01:00"), Source.SUBMITTED, null, null,
                List.of(new Producer(P2, OTHER_SUBMISSION, List.of(new Coefficient(C1, new BigDecimal("0.00")),
                                new Coefficient(C2, new BigDecimal("100.00")))),
                        new Producer(P1, SUBMISSION, List.of(new Coefficient(C1, new BigDecimal("25.00")),
                                new Coefficient(C2, new BigDecimal("0.05"))))), null), keys.steps().get(0));
        assertEquals(Source.DEFAULT, keys.steps().get(1).source());
    }

    @Test
    void aFullStepNamesTheProducersWithoutKeyAsSurplus() {
        KeysInForce keys = KeysInForce.of(agreement(KeyType.DYNAMIC_FULL), PERIMETER, RANGE, List.of(
                new StoredKey(at("2024-11-05T00:00:00+01:00"), P1, new String[] {C1, C2}, new short[] {2500, 5},
                        SUBMISSION)), List.of());
        assertEquals(List.of(P2), keys.steps().get(0).surplusProducers());
    }

    @Test
    void aComputedDefaultStepShowsTheCoefficientsApplied() {
        Double[] c1 = new Double[96];
        Double[] c2 = new Double[96];
        c1[1] = 1.0 / 3;
        c2[1] = 2.0 / 3;
        c1[0] = Double.NaN;
        c2[0] = Double.NaN;
        KeysInForce keys = KeysInForce.of(agreement(KeyType.DYNAMIC_SIMPLE), PERIMETER, RANGE, List.of(),
                List.of(new AppliedDefault(C2, LocalDate.of(2024, 11, 5), c2),
                        new AppliedDefault(C1, LocalDate.of(2024, 11, 5), c1)));
        assertEquals(null, keys.steps().get(0).keys(), "not known at 00:00");
        assertEquals(List.of(new Coefficient(C1, new BigDecimal("33.3333333333")),
                new Coefficient(C2, new BigDecimal("66.6666666667"))), keys.steps().get(1).keys());
    }

    private static Agreement agreement(KeyType keyType) {
        return new Agreement("ACC00000001", "Les Tilleuls", START, 1, "Lyon", null, null, null,
                new Agreement.Pmo("PMO", "12345678901234"),
                History.from(START, keyType), History.from(START, AgreementStatus.ACTIVE));
    }

    private static Instant at(String instant) {
        return OffsetDateTime.parse(instant).toInstant();
    }
}
