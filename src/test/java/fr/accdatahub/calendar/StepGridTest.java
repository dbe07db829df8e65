package fr.accdatahub.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class StepGridTest {

    @Test
    void metersStepsAre30MinutesBeforeOctober2024And15After() {
        StepGrid meter = StepGrid.METER;
        assertEquals(30, meter.minutesAt(at("2024-09-30T23:30:00+02:00")));
        assertEquals(15, meter.minutesAt(at("2024-10-01T00:00:00+02:00")));
        assertTrue(meter.isAligned(at("2024-09-30T23:30:00+02:00")));
        assertFalse(meter.isAligned(at("2024-09-30T23:15:00+02:00")));
        assertTrue(meter.isAligned(at("2024-10-01T00:15:00+02:00")));
        assertFalse(meter.isAligned(at("2024-10-01T00:10:00+02:00")));
        assertFalse(meter.isAligned(Instant.parse("2024-10-01T00:15:00.001Z")));
    }

    @Test
    void daysHave96StepsExceptOnClockChanges() {
        assertEquals(96, steps("2024-11-01"));
        assertEquals(92, steps("2025-03-30"));
        assertEquals(100, steps("2024-10-27"));
        assertEquals(100, steps("2025-10-26"));
        assertEquals(46, steps("2024-03-31"));  // 30-minute steps then
        assertEquals(48, steps("2024-09-30"));
    }

    @Test
    void anOperationSwitchesAtTheStartOfItsFirstPeriodFromOctober2024() {
        StepGrid anniversary15 = StepGrid.ofOperation(LocalDate.of(2023, 5, 15), 15);
        assertEquals(30, anniversary15.minutesAt(at("2024-10-14T23:30:00+02:00")));
        assertFalse(anniversary15.isAligned(at("2024-10-01T00:15:00+02:00")));
        assertEquals(48, anniversary15.stepsIn(LocalDate.of(2024, 10, 1)));
        assertEquals(15, anniversary15.minutesAt(at("2024-10-15T00:00:00+02:00")));
        assertEquals(96, anniversary15.stepsIn(LocalDate.of(2024, 10, 15)));
        StepGrid anniversary1 = StepGrid.ofOperation(LocalDate.of(2023, 5, 1), 1);
        assertEquals(15, anniversary1.minutesAt(at("2024-10-01T00:00:00+02:00")));
        StepGrid anniversary31 = StepGrid.ofOperation(LocalDate.of(2023, 5, 31), 31);
        assertEquals(30, anniversary31.minutesAt(at("2024-10-30T23:30:00+01:00")));
        assertEquals(15, anniversary31.minutesAt(at("2024-10-31T00:00:00+01:00")));
        StepGrid startedLater = StepGrid.ofOperation(LocalDate.of(2024, 10, 5), 15);
        assertEquals(15, startedLater.minutesAt(at("2024-10-05T00:00:00+02:00")));
    }

    @Test
    void aPeriodKeepsTheStepOfItsFirstDay() {
        assertEquals(Duration.ofMinutes(30), CalculationPeriod.containing(LocalDate.of(2024, 10, 10),
                LocalDate.of(2023, 5, 15), 15).step());
        assertEquals(Duration.ofMinutes(15), CalculationPeriod.containing(LocalDate.of(2024, 10, 15),
                LocalDate.of(2023, 5, 15), 15).step());
    }

    private static int steps(String day) {
        LocalDate date = LocalDate.parse(day);
        return StepGrid.METER.steps(StepGrid.startOf(date), StepGrid.startOf(date.plusDays(1))).length;
    }

    private static Instant at(String instant) {
        return OffsetDateTime.parse(instant).toInstant();
    }
}
