package fr.accdatahub.calculation.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.accdatahub.agreement.domain.AgreementStatus;
import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.allocation.PeriodAllocation;
import fr.accdatahub.calculation.domain.ResultRows.CurveRow;
import fr.accdatahub.calendar.CalculationPeriod;
import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.calendar.History;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.keys.domain.StoredKey;
import fr.accdatahub.rawcurve.domain.CurveDay;
import fr.accdatahub.rawcurve.domain.CurveType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResultRowsTest {

    private static final String C1 = "10000000000001";
    private static final String C2 = "10000000000002";
    private static final String P1 = "20000000000001";
    private static final LocalDate FIRST = LocalDate.of(2024, 11, 1);
    private static final LocalDate SECOND = LocalDate.of(2024, 11, 2);
    /** Two days: C1 and P1 attached throughout, C2 from the second day; C1 draws 300 W, C2 60 W, P1 makes 200 W. */
    private static final CalculationPeriod PERIOD = new CalculationPeriod(FIRST, LocalDate.of(2024, 11, 3));
    private static final List<Attachment> PERIMETER = List.of(
            new Attachment(C1, Role.CONS, new DatePeriod(LocalDate.of(2024, 9, 1), null), null),
            new Attachment(C2, Role.CONS, new DatePeriod(SECOND, null), null),
            new Attachment(P1, Role.PROD, new DatePeriod(LocalDate.of(2024, 9, 1), null), null));
    private static final List<CurveDay> RAW = List.of(
            new CurveDay(C1, CurveType.CONS, FIRST, day(300)),
            new CurveDay(C1, CurveType.CONS, SECOND, day(300)),
            new CurveDay(C2, CurveType.CONS, SECOND, day(60)),
            new CurveDay(P1, CurveType.PROD, FIRST, day(200)),
            new CurveDay(P1, CurveType.PROD, SECOND, day(200)));

    @Test
    void everyAttachedParticipantHasItsThreeQuantitiesEachDay() {
        List<CurveRow> rows = rows(KeyType.DYNAMIC_SIMPLE, keysFor(FIRST, SECOND));
        assertEquals(List.of(
                C1 + " cons 2024-11-01", C1 + " autocons 2024-11-01", C1 + " complement 2024-11-01",
                P1 + " prod 2024-11-01", P1 + " autoprod 2024-11-01", P1 + " surplus 2024-11-01",
                C1 + " cons 2024-11-02", C1 + " autocons 2024-11-02", C1 + " complement 2024-11-02",
                C2 + " cons 2024-11-02", C2 + " autocons 2024-11-02", C2 + " complement 2024-11-02",
                P1 + " prod 2024-11-02", P1 + " autoprod 2024-11-02", P1 + " surplus 2024-11-02"), names(rows));
    }

    @Test
    void eachRowIsItsDaysStepsAndOnlyMeasuredQuantitiesCarryEstimatedMarks() {
        List<CurveRow> rows = rows(KeyType.DYNAMIC_SIMPLE, keysFor(FIRST, SECOND));
        CurveRow cons = rows.get(9);
        assertEquals(96, cons.values().length);
        assertEquals(60, cons.values()[0]);
        assertEquals(96, cons.estimated().length);
        assertEquals(false, cons.estimated()[0]);
        CurveRow autocons = rows.get(7);
        assertEquals(100, autocons.values()[95], 1e-9);
        assertNull(autocons.estimated());
        assertEquals(40, rows.get(14).values()[0], 1e-9);
        assertNull(rows.get(14).estimated());
    }

    @Test
    void defaultKeyRowsAreOnlyOnDaysTheDefaultKeyApplied() {
        List<CurveRow> rows = rows(KeyType.DYNAMIC_SIMPLE, keysFor(SECOND));
        List<CurveRow> defaults = rows.stream().filter(row -> row.quantity().equals("default_key")).toList();
        assertEquals(1, defaults.size());
        assertEquals(C1, defaults.get(0).usagePointId());
        assertEquals(FIRST, defaults.get(0).day());
        assertNull(defaults.get(0).estimated());
        double[] ones = new double[96];
        Arrays.fill(ones, 1.0);
        assertArrayEquals(ones, defaults.get(0).values(), 1e-12);
        assertEquals(C1 + " default_key 2024-11-01", names(rows).get(3));
    }

    @Test
    void aDefaultAgreementHasDefaultKeyRowsForEveryAttachedConsumerAndDay() {
        List<CurveRow> rows = rows(KeyType.DEFAULT, List.of());
        List<String> defaults = names(rows).stream().filter(name -> name.contains("default_key")).toList();
        assertEquals(List.of(C1 + " default_key 2024-11-01", C1 + " default_key 2024-11-02",
                C2 + " default_key 2024-11-02"), defaults);
        CurveRow c2 = rows.stream().filter(row -> row.quantity().equals("default_key")).toList().get(2);
        assertEquals(60.0 / 360, c2.values()[0], 1e-12);
    }

    /** SIMPLE keys of 50 % for C1 and C2 at every step of the days given. */
    private static List<StoredKey> keysFor(LocalDate... days) {
        List<StoredKey> keys = new ArrayList<>();
        for (LocalDate day : days) {
            for (int k = 0; k < StepGrid.METER.stepsIn(day); k++) {
                keys.add(new StoredKey(StepGrid.METER.stepOf(day, k), "", new String[] {C1, C2}, new short[] {5000, 5000},
                        UUID.fromString("00000000-0000-0000-0000-000000000001")));
            }
        }
        return keys;
    }

    private static List<CurveRow> rows(KeyType keyType, List<StoredKey> keys) {
        PeriodInputs inputs = new PeriodInputs(PERIOD, keyType, History.from(LocalDate.of(2024, 9, 1), AgreementStatus.ACTIVE), PERIMETER, RAW, keys);
        PeriodAllocation result = PeriodAllocation.run(inputs.steps, inputs.end, inputs.consumption,
                inputs.production, inputs.consumerAttached, inputs.producerAttached, inputs.classOf, inputs.keys);
        return ResultRows.of(inputs, result);
    }

    private static List<String> names(List<CurveRow> rows) {
        return rows.stream().map(row -> row.usagePointId() + " " + row.quantity() + " " + row.day()).toList();
    }

    private static Integer[] day(int watts) {
        Integer[] values = new Integer[96];
        Arrays.fill(values, watts);
        return values;
    }
}
