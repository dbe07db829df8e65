package fr.accdatahub.publication.domain;

import fr.accdatahub.calendar.LocalSteps;
import fr.accdatahub.calendar.SupplierCalendar;
import fr.accdatahub.calendar.TimeClass;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Energies from published curves: kWh with 2 decimals per class of the distributor calendar (HPH, HCH, HPB, HCB).
 * Each class is rounded once; the supplier calendar's classes, the totals and the dependent quantities
 * (complement, surplus) are sums and differences of rounded values, so that they agree to the cent.
 */
public final class Energies {

    private static final BigDecimal WATT_MINUTES_PER_KWH = BigDecimal.valueOf(60_000);

    private Energies() {
    }

    /** Per distributor class, W·min of a whole-W curve ({@link Publication#ABSENT} skipped): exact, to be added up. */
    public static long[] wattMinutes(int[] watts, LocalSteps steps, int[] minutes, TimeClass.OffPeak offPeak) {
        long[] wattMinutes = new long[TimeClass.values().length];
        for (int s = 0; s < watts.length; s++) {
            if (watts[s] != Publication.ABSENT) {
                wattMinutes[steps.classOf(s, offPeak).ordinal()] += (long) watts[s] * minutes[s];
            }
        }
        return wattMinutes;
    }

    /** Per distributor class, kWh with 2 decimals, each class rounded once. */
    public static BigDecimal[] kwh(long[] wattMinutes) {
        BigDecimal[] kwh = new BigDecimal[wattMinutes.length];
        for (int c = 0; c < kwh.length; c++) {
            kwh[c] = kwh(wattMinutes[c]);
        }
        return kwh;
    }

    /** Wh to kWh with 2 decimals. */
    public static BigDecimal fromWh(double wh) {
        return BigDecimal.valueOf(wh).divide(BigDecimal.valueOf(1000), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal kwh(long wattMinutes) {
        return BigDecimal.valueOf(wattMinutes).divide(WATT_MINUTES_PER_KWH, 2, RoundingMode.HALF_UP);
    }

    public static BigDecimal[] minus(BigDecimal[] whole, BigDecimal[] part) {
        BigDecimal[] rest = new BigDecimal[whole.length];
        for (int c = 0; c < whole.length; c++) {
            rest[c] = whole[c].subtract(part[c]);
        }
        return rest;
    }

    public static BigDecimal[] plus(BigDecimal[] a, BigDecimal[] b) {
        BigDecimal[] sum = new BigDecimal[a.length];
        for (int c = 0; c < a.length; c++) {
            sum[c] = a[c].add(b[c]);
        }
        return sum;
    }

    public static BigDecimal[] zero() {
        BigDecimal[] zero = new BigDecimal[TimeClass.values().length];
        Arrays.fill(zero, BigDecimal.ZERO.setScale(2));
        return zero;
    }

    public static BigDecimal total(BigDecimal[] byClass) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (BigDecimal value : byClass) {
            total = total.add(value);
        }
        return total;
    }

    /** A supplier calendar's classes ({@link SupplierCalendar#names()}), each the sum of its distributor classes. */
    public static BigDecimal[] supplier(BigDecimal[] byClass, SupplierCalendar calendar) {
        BigDecimal[] supplier = new BigDecimal[calendar.classes().size()];
        for (int k = 0; k < supplier.length; k++) {
            supplier[k] = BigDecimal.ZERO.setScale(2);
            for (TimeClass timeClass : calendar.classes().get(k)) {
                supplier[k] = supplier[k].add(byClass[timeClass.ordinal()]);
            }
        }
        return supplier;
    }
}
