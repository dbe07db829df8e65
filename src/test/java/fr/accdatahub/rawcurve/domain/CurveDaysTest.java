package fr.accdatahub.rawcurve.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class CurveDaysTest {

    private static final String C1 = "10000000000001";
    private static final LocalDate DAY = LocalDate.of(2024, 11, 5);
    private static final LocalDate NEXT = LocalDate.of(2024, 11, 6);

    @Test
    void aRangeReplacesItsStepsAndTheEdgeDayKeepsTheRest() {
        RawCurve curve = new RawCurve(C1, CurveType.CONS, at("2024-11-05T10:00:00+01:00"),
                at("2024-11-05T11:00:00+01:00"), List.of(
                        new RawCurve.Reading(at("2024-11-05T10:00:00+01:00"), 700),
                        new RawCurve.Reading(at("2024-11-05T10:30:00+01:00"), 900)));
        List<CurveDay> days = CurveDays.of(curve, Map.of(CurveDays.key(C1, "cons", DAY), filled(96, 5)));
        assertEquals(1, days.size());
        CurveDay day = days.get(0);
        assertEquals(C1, day.usagePointId());
        assertEquals(CurveType.CONS, day.type());
        assertEquals(DAY, day.day());
        assertArrayEquals(new Integer[] {5, 700, null, 900, null, 5}, Arrays.copyOfRange(day.watts(), 39, 45));
        assertEquals(92, count(day.watts(), 5));
        assertEquals(94, Arrays.stream(day.watts()).filter(Objects::nonNull).count());
    }

    @Test
    void aRangeOverMidnightReplacesTheEndOfOneDayAndTheStartOfTheNext() {
        RawCurve curve = new RawCurve(C1, CurveType.PROD, at("2024-11-05T23:00:00+01:00"),
                at("2024-11-06T01:00:00+01:00"), List.of(
                        new RawCurve.Reading(at("2024-11-05T23:00:00+01:00"), 1),
                        new RawCurve.Reading(at("2024-11-06T00:45:00+01:00"), 2)));
        List<CurveDay> days = CurveDays.of(curve, Map.of(
                CurveDays.key(C1, "prod", DAY), filled(96, 5),
                CurveDays.key(C1, "prod", NEXT), filled(96, 6),
                CurveDays.key(C1, "cons", NEXT), filled(96, 7)));
        assertEquals(List.of(DAY, NEXT), days.stream().map(CurveDay::day).toList());
        assertArrayEquals(new Integer[] {5, 1, null, null, null}, Arrays.copyOfRange(days.get(0).watts(), 91, 96));
        assertArrayEquals(new Integer[] {null, null, null, 2, 6}, Arrays.copyOfRange(days.get(1).watts(), 0, 5));
        assertEquals(92, count(days.get(1).watts(), 6));
    }

    @Test
    void withoutAStoredDayOfTheRightLengthTheRestOfTheDayIsMissing() {
        RawCurve curve = new RawCurve(C1, CurveType.CONS, at("2024-11-05T10:00:00+01:00"),
                at("2024-11-05T10:15:00+01:00"), List.of(new RawCurve.Reading(at("2024-11-05T10:00:00+01:00"), 700)));
        Integer[] watts = CurveDays.of(curve, Map.of(CurveDays.key(C1, "cons", DAY), filled(48, 5))).get(0).watts();
        assertEquals(96, watts.length);
        assertEquals(700, watts[40]);
        assertEquals(1, Arrays.stream(watts).filter(Objects::nonNull).count());
    }

    @Test
    void theClockChangeDayHasItsHundredSteps() {
        RawCurve curve = new RawCurve(C1, CurveType.CONS, at("2024-10-27T02:00:00+01:00"),
                at("2024-10-27T03:00:00+01:00"), List.of(new RawCurve.Reading(at("2024-10-27T02:00:00+01:00"), 3)));
        Integer[] watts = CurveDays.of(curve, Map.of(CurveDays.key(C1, "cons", LocalDate.of(2024, 10, 27)),
                filled(100, 5))).get(0).watts();
        assertArrayEquals(new Integer[] {5, 3, null, null, null, 5}, Arrays.copyOfRange(watts, 11, 17));
        assertEquals("10000000000001/cons/2024-10-27", CurveDays.key(C1, "cons", LocalDate.of(2024, 10, 27)));
    }

    private static Integer[] filled(int length, int watts) {
        Integer[] values = new Integer[length];
        Arrays.fill(values, watts);
        return values;
    }

    private static long count(Integer[] values, int watts) {
        return Arrays.stream(values).filter(value -> value != null && value == watts).count();
    }

    private static Instant at(String instant) {
        return OffsetDateTime.parse(instant).toInstant();
    }
}
