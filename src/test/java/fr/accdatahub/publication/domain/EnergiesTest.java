package fr.accdatahub.publication.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.accdatahub.calendar.LocalSteps;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.calendar.SupplierCalendar;
import fr.accdatahub.calendar.TimeClass;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class EnergiesTest {

    private static final TimeClass.OffPeak DEFAULT_HOURS = TimeClass.OffPeak.parse(null);

    @Test
    void eachClassIsRoundedOnceFromItsWattMinutes() {
        Instant[] steps = steps("2024-11-05T21:00:00+01:00", 8);
        int[] watts = {18, 18, 18, 18, 1000, 1000, 1000, 1000};
        assertArrayEquals(decimals("0.02", "1.00", "0.00", "0.00"),
                Energies.kwh(Energies.wattMinutes(watts, LocalSteps.of(steps), minutes(steps), DEFAULT_HOURS)));
    }

    @Test
    void absentStepsAreSkippedAndSeasonsAndOffPeakHoursChooseTheClass() {
        Instant[] june = steps("2025-06-10T05:30:00+02:00", 4);
        int[] watts = {1000, 1000, 3000, Publication.ABSENT};
        assertArrayEquals(decimals("0.00", "0.00", "0.75", "0.50"),
                Energies.kwh(Energies.wattMinutes(watts, LocalSteps.of(june), minutes(june), DEFAULT_HOURS)));
        assertArrayEquals(decimals("0.00", "0.00", "0.50", "0.75"),
                Energies.kwh(Energies.wattMinutes(watts, LocalSteps.of(june), minutes(june), TimeClass.OffPeak.parse("22:00-23:00;06:00-06:15"))));
    }

    @Test
    void theSupplierCalendarSumsTheSeasons() {
        assertArrayEquals(decimals("134.70", "0.00"),
                Energies.supplier(decimals("100.20", "0.00", "34.50", "0.00"), SupplierCalendar.HP_HC));
        assertArrayEquals(decimals("1.23", "4.56"), Energies.supplier(decimals("1.00", "4.00", "0.23", "0.56"),
                SupplierCalendar.HP_HC));
        assertArrayEquals(decimals("5.79"), Energies.supplier(decimals("1.00", "4.00", "0.23", "0.56"),
                SupplierCalendar.BASE));
        assertArrayEquals(decimals("1.00", "4.00", "0.23", "0.56"), Energies.supplier(decimals("1.00", "4.00",
                "0.23", "0.56"), SupplierCalendar.SEASONAL));
    }

    @Test
    void totalsAndDifferencesAreExactToTheCent() {
        BigDecimal[] whole = decimals("1.23", "1.00", "0.01", "0.00");
        BigDecimal[] part = decimals("0.60", "0.30", "0.01", "0.00");
        assertArrayEquals(decimals("0.63", "0.70", "0.00", "0.00"), Energies.minus(whole, part));
        assertArrayEquals(decimals("1.83", "1.30", "0.02", "0.00"), Energies.plus(whole, part));
        assertEquals(new BigDecimal("2.24"), Energies.total(whole));
        assertArrayEquals(decimals("0.00", "0.00", "0.00", "0.00"), Energies.zero());
        assertEquals(new BigDecimal("0.00"), Energies.total(Energies.zero()));
    }

    @Test
    void whAreKwhWithTwoDecimalsRoundedHalfUp() {
        assertEquals(new BigDecimal("2.35"), Energies.fromWh(2345.0));
        assertEquals(new BigDecimal("0.01"), Energies.fromWh(5));
        assertEquals(new BigDecimal("0.00"), Energies.fromWh(4.9));
        assertEquals(new BigDecimal("134.70"), Energies.fromWh(134_700));
    }

    private static Instant[] steps(String first, int count) {
        Instant[] steps = new Instant[count];
        steps[0] = OffsetDateTime.parse(first).toInstant();
        for (int s = 1; s < count; s++) {
            steps[s] = StepGrid.METER.next(steps[s - 1]);
        }
        return steps;
    }

    private static int[] minutes(Instant[] steps) {
        int[] minutes = new int[steps.length];
        for (int s = 0; s < steps.length; s++) {
            minutes[s] = StepGrid.METER.minutesAt(steps[s]);
        }
        return minutes;
    }

    private static BigDecimal[] decimals(String... values) {
        BigDecimal[] decimals = new BigDecimal[values.length];
        for (int k = 0; k < values.length; k++) {
            decimals[k] = new BigDecimal(values[k]);
        }
        return decimals;
    }
}
