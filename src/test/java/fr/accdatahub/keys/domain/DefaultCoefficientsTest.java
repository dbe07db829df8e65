package fr.accdatahub.keys.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.accdatahub.keys.domain.KeysInForce.Coefficient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultCoefficientsTest {

    @Test
    void sevenEqualConsumersAddUpToExactly100() {
        double[] fractions = new double[7];
        Arrays.fill(fractions, 1.0 / 7);
        List<Coefficient> coefficients = DefaultCoefficients.percent(prms(7), fractions);
        assertEquals(new BigDecimal("100.0000000000"), sum(coefficients));
        assertEquals(new BigDecimal("14.2857142858"), coefficients.get(0).coefficient());
        assertEquals(new BigDecimal("14.2857142857"), coefficients.get(6).coefficient());
    }

    @Test
    void threeHundredConsumersOfUnequalShareAddUpToExactly100() {
        double[] fractions = new double[300];
        double total = 0;
        for (int j = 0; j < fractions.length; j++) {
            fractions[j] = 1 + j % 17;
            total += fractions[j];
        }
        for (int j = 0; j < fractions.length; j++) {
            fractions[j] /= total;
        }
        assertEquals(new BigDecimal("100.0000000000"), sum(DefaultCoefficients.percent(prms(300), fractions)));
    }

    @Test
    void aStepWithoutConsumptionHasOnlyZeros() {
        List<Coefficient> coefficients = DefaultCoefficients.percent(prms(3), new double[3]);
        coefficients.forEach(c -> assertEquals(0, c.coefficient().signum()));
    }

    private static List<String> prms(int count) {
        List<String> prms = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            prms.add("1%013d".formatted(j));
        }
        return prms;
    }

    private static BigDecimal sum(List<Coefficient> coefficients) {
        return coefficients.stream().map(Coefficient::coefficient).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
