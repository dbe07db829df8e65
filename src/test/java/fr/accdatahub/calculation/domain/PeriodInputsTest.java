package fr.accdatahub.calculation.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.agreement.domain.AgreementStatus;
import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calendar.CalculationPeriod;
import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.calendar.History;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.calendar.TimeClass;
import fr.accdatahub.keys.domain.StoredKey;
import fr.accdatahub.rawcurve.domain.CurveDay;
import fr.accdatahub.rawcurve.domain.CurveType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PeriodInputsTest {

    private static final String C1 = "10000000000001";
    private static final String C2 = "10000000000002";
    private static final String C3 = "10000000000003";
    private static final String P1 = "20000000000001";
    private static final LocalDate FIRST = LocalDate.of(2024, 11, 1);
    private static final LocalDate SECOND = LocalDate.of(2024, 11, 2);
    /** Two days: C1 and P1 attached throughout, C2 from the second day, C3 gone before. */
    private static final CalculationPeriod PERIOD = new CalculationPeriod(FIRST, LocalDate.of(2024, 11, 3));
    private static final List<Attachment> PERIMETER = List.of(
            new Attachment(P1, Role.PROD, new DatePeriod(LocalDate.of(2024, 9, 1), null), null),
            new Attachment(C2, Role.CONS, new DatePeriod(SECOND, null), null, new BigDecimal("35.5"), "12:00-14:00"),
            new Attachment(C1, Role.CONS, new DatePeriod(LocalDate.of(2024, 9, 1), null), new BigDecimal("40")),
            new Attachment(C3, Role.CONS, new DatePeriod(LocalDate.of(2024, 9, 1), FIRST), new BigDecimal("60")));
    private static final UUID FIRST_SUBMISSION = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID SECOND_SUBMISSION = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    @Test
    void nothingIsAllocatedOnDaysTheAgreementIsNotActive() {
        History<AgreementStatus> suspendedOnTheSecond = History.from(LocalDate.of(2024, 9, 1), AgreementStatus.ACTIVE)
                .change(SECOND, AgreementStatus.SUSPENDED);
        PeriodInputs inputs = new PeriodInputs(PERIOD, KeyType.DEFAULT, suspendedOnTheSecond, PERIMETER, List.of(),
                List.of());
        double[] keys = new double[inputs.producers.size() * inputs.consumers.size()];
        double[] defaultKey = new double[inputs.consumers.size()];
        double[] consumption = {100, 100};
        assertTrue(inputs.keys.fill(0, consumption, keys, defaultKey), "the first day: the default key");
        assertEquals(0.5, keys[0], 1e-12);
        assertFalse(inputs.keys.fill(96, consumption, keys, defaultKey), "the second day: no key at all");
        assertEquals(0.0, keys[0]);
        assertEquals(0.0, keys[1]);
    }

    @Test
    void theStepsAreThoseOfThePeriodsLocalDays() {
        PeriodInputs inputs = inputs(KeyType.DEFAULT, List.of(), List.of());
        assertEquals(192, inputs.steps.length);
        assertEquals(Instant.parse("2024-10-31T23:00:00Z"), inputs.steps[0]);
        assertEquals(Instant.parse("2024-11-02T22:45:00Z"), inputs.steps[191]);
        assertEquals(Instant.parse("2024-11-02T23:00:00Z"), inputs.end);
        assertEquals(List.of(FIRST, SECOND), List.copyOf(inputs.dayRanges().keySet()));
        assertArrayEquals(new int[] {96, 192}, inputs.dayRanges().get(SECOND));
    }

    @Test
    void participantsAreThoseAttachedDuringThePeriodEachDayFlagged() {
        PeriodInputs inputs = inputs(KeyType.DEFAULT, List.of(), List.of());
        assertEquals(List.of(C1, C2), inputs.consumers);
        assertEquals(List.of(P1), inputs.producers);
        assertEquals(192, count(inputs.consumerAttached[0]));
        assertFalse(inputs.consumerAttached[1][95]);
        assertTrue(inputs.consumerAttached[1][96]);
        assertEquals(96, count(inputs.consumerAttached[1]));
        assertEquals(192, count(inputs.producerAttached[0]));
    }

    @Test
    void gapsAreEstimatedAndTheAttachedPointsCounted() {
        Integer[] first = day(100);
        first[10] = null;
        first[11] = null;
        first[12] = 400;
        List<CurveDay> raw = List.of(
                new CurveDay(C1, CurveType.CONS, FIRST, first),
                new CurveDay(C1, CurveType.CONS, LocalDate.of(2024, 10, 26), day(50)),
                new CurveDay(P1, CurveType.PROD, FIRST, day(900)),
                new CurveDay(P1, CurveType.PROD, SECOND, day(800)),
                new CurveDay(P1, CurveType.CONS, FIRST, day(7)));
        PeriodInputs inputs = inputs(KeyType.DEFAULT, raw, List.of());
        assertArrayEquals(new double[] {100, 200, 300, 400, 100}, Arrays.copyOfRange(inputs.consumption[0], 9, 14));
        assertArrayEquals(new boolean[] {false, true, true, false}, Arrays.copyOfRange(
                inputs.consumptionEstimated[0], 9, 13));
        assertEquals(50, inputs.consumption[0][96]);
        assertTrue(inputs.consumptionEstimated[0][96]);
        assertEquals(0, inputs.consumption[1][100]);
        assertEquals(900, inputs.production[0][0]);
        assertEquals(800, inputs.production[0][191]);
        assertEquals(94 + 192, inputs.measuredPoints);
        assertEquals(2 + 96 + 96, inputs.estimatedPoints);
    }

    @Test
    void eachConsumersOffPeakHoursGiveItsTimeClasses() {
        PeriodInputs inputs = inputs(KeyType.DEFAULT, List.of(), List.of());
        assertEquals(TimeClass.HCH.ordinal(), inputs.classOf[0][0]);
        assertEquals(TimeClass.HPH.ordinal(), inputs.classOf[48][0]);
        assertEquals(TimeClass.HCH.ordinal(), inputs.classOf[48][1]);
        assertEquals(TimeClass.HPH.ordinal(), inputs.classOf[0][1]);
    }

    @Test
    void staticKeysAreThePerimetersCoefficientsOfTheDayInHundredths() {
        KeyPlanProbe keys = new KeyPlanProbe(inputs(KeyType.STATIC, List.of(), List.of()), 2);
        assertFalse(keys.fill(0));
        assertArrayEquals(new double[] {0.4, 0}, keys.keys, 1e-12);
        assertFalse(keys.fill(96));
        assertArrayEquals(new double[] {0.4, 0.355}, keys.keys, 1e-12);
    }

    @Test
    void simpleKeysArePlacedAtTheirStepAndStepsWithoutOneUseTheDefaultKey() {
        List<StoredKey> stored = List.of(
                new StoredKey(StepGrid.METER.stepOf(SECOND, 4), "", new String[] {C1, C2}, new short[] {5081, 3986},
                        SECOND_SUBMISSION),
                new StoredKey(StepGrid.METER.stepOf(FIRST, 0), "", new String[] {C1, C3}, new short[] {2500, 7500},
                        FIRST_SUBMISSION),
                new StoredKey(StepGrid.METER.stepOf(SECOND, 5), "", new String[] {C2, C1}, new short[] {1000, 2000},
                        SECOND_SUBMISSION),
                new StoredKey(StepGrid.METER.stepOf(LocalDate.of(2024, 11, 3), 0), "", new String[] {C1},
                        new short[] {10000}, FIRST_SUBMISSION));
        PeriodInputs inputs = inputs(KeyType.DYNAMIC_SIMPLE, List.of(), stored);
        KeyPlanProbe keys = new KeyPlanProbe(inputs, 2);
        assertFalse(keys.fill(100));
        assertArrayEquals(new double[] {0.5081, 0.3986}, keys.keys, 1e-12);
        assertFalse(keys.fill(101));
        assertArrayEquals(new double[] {0.2, 0.1}, keys.keys, 1e-12);
        assertFalse(keys.fill(0));
        assertArrayEquals(new double[] {0.25, 0}, keys.keys, 1e-12);
        assertTrue(keys.fill(1));
        assertEquals(List.of(FIRST_SUBMISSION, SECOND_SUBMISSION), inputs.submissions);
    }

    @Test
    void fullKeysArePlacedForTheirProducer() {
        List<StoredKey> stored = List.of(
                new StoredKey(StepGrid.METER.stepOf(SECOND, 0), P1, new String[] {C1, C2}, new short[] {3000, 7000},
                        FIRST_SUBMISSION),
                new StoredKey(StepGrid.METER.stepOf(SECOND, 1), "20000000000009", new String[] {C1, C2},
                        new short[] {3000, 7000}, FIRST_SUBMISSION));
        KeyPlanProbe keys = new KeyPlanProbe(inputs(KeyType.DYNAMIC_FULL, List.of(), stored), 2);
        assertFalse(keys.fill(96));
        assertArrayEquals(new double[] {0.3, 0.7}, keys.keys, 1e-12);
        assertTrue(keys.fill(97));
    }

    @Test
    void aPeriodStartedBeforeTheSwitchAveragesQuarterHoursIntoItsHalfHours() {
        LocalDate october = LocalDate.of(2024, 10, 1);
        CalculationPeriod period = CalculationPeriod.containing(october, LocalDate.of(2024, 9, 1), 15);
        Integer[] quarterHours = day(0);
        quarterHours[40] = 1_000;
        quarterHours[41] = 3_000;
        quarterHours[43] = null;
        PeriodInputs inputs = new PeriodInputs(period, KeyType.DEFAULT, History.from(LocalDate.of(2024, 9, 1),
                AgreementStatus.ACTIVE), PERIMETER, List.of(new CurveDay(C1, CurveType.CONS, october, quarterHours)),
                List.of());
        assertEquals(30 * 48, inputs.steps.length, "15 September to 15 October, all at 30 minutes");
        int step = 16 * 48 + 20;  // 1 October, 10:00
        assertEquals(StepGrid.startOf(october).plusSeconds(20 * 1800), inputs.steps[step]);
        assertEquals(2_000, inputs.consumption[0][step], 1e-9);
        assertTrue(inputs.consumptionEstimated[0][step + 1], "a half hour with a quarter missing is estimated");
    }

    @Test
    void theOctoberClockChangeHas100QuarterHoursFor50HalfHours() {
        Integer[] quarterHours = new Integer[100];
        for (int k = 0; k < quarterHours.length; k++) {
            quarterHours[k] = k;
        }
        double[] halfHours = PeriodInputs.onPeriodGrid(quarterHours, 50);
        assertEquals(0.5, halfHours[0], 0);
        assertEquals(98.5, halfHours[49], 0);
    }

    @Test
    void aPeriodFromTheSwitchTakesAHalfHourForBothItsQuarters() {
        Integer[] halfHours = {100, null, 300};
        assertArrayEquals(new double[] {100, 100, Double.NaN, Double.NaN, 300, 300},
                PeriodInputs.onPeriodGrid(halfHours, 6), 0);
    }

    /** Asks a period's key plan for one step's matrix. */
    private static final class KeyPlanProbe {
        final PeriodInputs inputs;
        final double[] keys;

        KeyPlanProbe(PeriodInputs inputs, int consumers) {
            this.inputs = inputs;
            this.keys = new double[inputs.producers.size() * consumers];
        }

        boolean fill(int step) {
            return inputs.keys.fill(step, new double[] {1, 1}, keys, new double[2]);
        }
    }

    private static PeriodInputs inputs(KeyType keyType, List<CurveDay> raw, List<StoredKey> keys) {
        return new PeriodInputs(PERIOD, keyType, History.from(LocalDate.of(2024, 9, 1), AgreementStatus.ACTIVE), PERIMETER, raw, keys);
    }

    private static Integer[] day(int watts) {
        Integer[] values = new Integer[96];
        Arrays.fill(values, watts);
        return values;
    }

    private static int count(boolean[] flags) {
        int count = 0;
        for (boolean flag : flags) {
            count += flag ? 1 : 0;
        }
        return count;
    }
}
