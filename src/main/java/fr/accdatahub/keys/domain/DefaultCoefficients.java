package fr.accdatahub.keys.domain;

import fr.accdatahub.keys.domain.KeysInForce.Coefficient;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The DEFAULT coefficients of a step shown as keys (§5.2.2.1): the fractions of consumption the calculation applied,
 * in percent with {@value #SCALE} decimals, rounded by largest remainder so that they add up to exactly 100 (all 0
 * when the step had no consumption). Each is within 10⁻¹⁰ % of the fraction applied. Plain Java.
 */
public final class DefaultCoefficients {

    public static final int SCALE = 10;
    private static final BigDecimal UNITS = BigDecimal.ONE.movePointRight(SCALE + 2);

    private DefaultCoefficients() {
    }

    /** The applied rows by day, each day's by ascending PRM, as {@link #atStep} takes them. */
    public static Map<LocalDate, List<AppliedDefault>> byDay(List<AppliedDefault> rows) {
        Map<LocalDate, List<AppliedDefault>> byDay = new HashMap<>();
        rows.stream().sorted(Comparator.comparing(AppliedDefault::consumerId))
                .forEach(row -> byDay.computeIfAbsent(row.day(), d -> new ArrayList<>()).add(row));
        return byDay;
    }

    /**
     * The coefficients applied at a step of a day, from that day's rows (by ascending PRM), or null where the DEFAULT
     * key did not apply or is not known.
     */
    public static List<Coefficient> atStep(List<AppliedDefault> day, int index) {
        if (day == null) {
            return null;
        }
        List<String> consumers = new ArrayList<>(day.size());
        double[] fractions = new double[day.size()];
        for (AppliedDefault row : day) {
            double fraction = row.at(index);
            if (!Double.isNaN(fraction)) {
                fractions[consumers.size()] = fraction;
                consumers.add(row.consumerId());
            }
        }
        return consumers.isEmpty() ? null : percent(consumers, Arrays.copyOf(fractions, consumers.size()));
    }

    /** The coefficients of {@code consumers}, in their order, from their {@code fractions} of the step. */
    public static List<Coefficient> percent(List<String> consumers, double[] fractions) {
        BigDecimal total = BigDecimal.ZERO;
        for (double fraction : fractions) {
            total = total.add(BigDecimal.valueOf(fraction));
        }
        long[] units = new long[fractions.length];
        BigDecimal[] remainders = new BigDecimal[fractions.length];
        long given = 0;
        for (int j = 0; j < fractions.length; j++) {
            BigDecimal exact = total.signum() == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(fractions[j]).multiply(UNITS).divide(total, MathContext.DECIMAL128);
            BigDecimal floor = exact.setScale(0, RoundingMode.FLOOR);
            units[j] = floor.longValueExact();
            remainders[j] = exact.subtract(floor);
            given += units[j];
        }
        long left = total.signum() == 0 ? 0 : UNITS.longValueExact() - given;
        int[] byRemainder = IntStream.range(0, fractions.length).boxed()
                .sorted(Comparator.comparing((Integer j) -> remainders[j]).reversed())
                .mapToInt(Integer::intValue).toArray();
        for (int k = 0; k < left; k++) {
            units[byRemainder[k % byRemainder.length]]++;
        }
        List<Coefficient> coefficients = new ArrayList<>(consumers.size());
        for (int j = 0; j < consumers.size(); j++) {
            coefficients.add(new Coefficient(consumers.get(j), BigDecimal.valueOf(units[j], SCALE)));
        }
        return coefficients;
    }
}
