package fr.accdatahub.simulation.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.allocation.AllocationEngine;
import fr.accdatahub.allocation.Keys;
import fr.accdatahub.allocation.StepAllocation;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Each strategy on the consumers of annex 7's worked example (C1, C2, C3 consuming 150, 75, 50), checked by hand,
 * with its producers' 350 (plenty) or P1's 200 alone (scarce); and OPTIMAL's property over random steps.
 */
class StrategyTest {

    private static final double[] CONSUMPTION = {150, 75, 50};
    private static final boolean[] ALL = {true, true, true};
    private static final double PLENTY = 350;
    private static final double SCARCE = 200;

    @Test
    void defaultIsProrataOfConsumption() {
        assertShares(new double[] {150 / 275.0, 75 / 275.0, 50 / 275.0}, new Strategy.Prorata(), SCARCE);
        assertEquals(List.of(150.0, 75.0, 50.0), autoconsumption(new Strategy.Prorata(), PLENTY));
    }

    @Test
    void staticGivesItsPercentagesToTheAttachedOnly() {
        Strategy fixed = new Strategy.Fixed(new double[] {50, 30, 20});
        assertShares(new double[] {0.5, 0.3, 0.2}, fixed, SCARCE);
        assertArrayEquals(new double[] {0.5, 0, 0.2}, fixed.shares(CONSUMPTION, new boolean[] {true, false, true},
                SCARCE), 1e-12);
    }

    @Test
    void priorityServesTheFirstGroupUpToItsConsumptionBeforeTheNext() {
        Strategy prorata = new Strategy.Priority(List.of(new int[] {2}, new int[] {0, 1}),
                List.of(Strategy.Split.PRORATA, Strategy.Split.PRORATA));
        // C3 gets its 50, then C1 and C2 share 150 prorata of 150 and 75.
        assertEquals(List.of(100.0, 50.0, 50.0), autoconsumption(prorata, SCARCE));
        Strategy equal = new Strategy.Priority(List.of(new int[] {1}, new int[] {0, 2}),
                List.of(Strategy.Split.EQUAL, Strategy.Split.EQUAL));
        // C2 gets its 75; C1 and C3 share 125 equally, C3 using only 50: C1 75.
        assertEquals(List.of(75.0, 75.0, 50.0), autoconsumption(equal, SCARCE));
        // A consumer in no group gets nothing.
        Strategy partial = new Strategy.Priority(List.<int[]>of(new int[] {0}), List.of(Strategy.Split.PRORATA));
        assertEquals(List.of(150.0, 0.0, 0.0), autoconsumption(partial, SCARCE));
    }

    @Test
    void equalWithReallocationFillsEveryoneUpToTheSameLevel() {
        // 200 for caps 150, 75, 50: C3 is filled at 50, then C1 and C2 at 75 each.
        assertEquals(List.of(75.0, 75.0, 50.0), autoconsumption(new Strategy.EqualWithReallocation(), SCARCE));
        assertEquals(List.of(150.0, 75.0, 50.0), autoconsumption(new Strategy.EqualWithReallocation(), PLENTY));
    }

    @Test
    void optimalServesEveryConsumptionWhenItCanAndLeavesTheRestUnallocated() {
        assertShares(new double[] {150 / 350.0, 75 / 350.0, 50 / 350.0}, new Strategy.Optimal(), PLENTY);
        assertShares(new double[] {150 / 275.0, 75 / 275.0, 50 / 275.0}, new Strategy.Optimal(), SCARCE);
        assertArrayEquals(new short[] {5455, 2727, 1818},
                Hundredths.of(new Strategy.Optimal().shares(CONSUMPTION, ALL, SCARCE), ALL));
    }

    @Test
    void optimalNeverGivesLessAutoconsumptionThanAnyOtherStrategy() {
        Random random = new Random(20261202);
        for (int trial = 0; trial < 2_000; trial++) {
            int consumers = 1 + random.nextInt(8);
            double[] consumption = new double[consumers];
            boolean[] attached = new boolean[consumers];
            double[] percentages = new double[consumers];
            for (int j = 0; j < consumers; j++) {
                consumption[j] = random.nextInt(5) == 0 ? 0 : random.nextDouble() * 5_000;
                attached[j] = random.nextInt(6) != 0;
                percentages[j] = 100.0 / consumers;
            }
            double production = random.nextInt(5) == 0 ? 0 : random.nextDouble() * 20_000;
            double best = total(new Strategy.Optimal(), consumption, attached, production);
            double possible = Math.min(production, sum(consumption, attached));
            assertEquals(possible, best, 1e-6, "OPTIMAL reaches min(Σ prod, Σ cons)");
            for (Strategy other : List.of(new Strategy.Prorata(), new Strategy.EqualWithReallocation(),
                    new Strategy.Fixed(percentages), new Strategy.Priority(List.of(new int[] {0}),
                            List.of(Strategy.Split.EQUAL)))) {
                assertTrue(best >= total(other, consumption, attached, production) - 1e-6, other + " beat OPTIMAL");
            }
        }
    }

    private static void assertShares(double[] expected, Strategy strategy, double production) {
        double[] shares = strategy.shares(CONSUMPTION, ALL, production);
        assertArrayEquals(expected, shares, 1e-12);
        assertTrue(sum(shares, ALL) <= 1 + 1e-12);
    }

    /** The annex 7 engine's autoconsumption per consumer with the strategy's shares for one producer. */
    private static List<Double> autoconsumption(Strategy strategy, double production) {
        StepAllocation step = allocate(strategy, CONSUMPTION, ALL, production);
        return List.of(round(step.autoconsumption[0]), round(step.autoconsumption[1]), round(step.autoconsumption[2]));
    }

    private static double total(Strategy strategy, double[] consumption, boolean[] attached, double production) {
        return sum(allocate(strategy, consumption, attached, production).autoconsumption, attached);
    }

    private static StepAllocation allocate(Strategy strategy, double[] consumption, boolean[] attached,
            double production) {
        int consumers = consumption.length;
        double[] keys = new double[consumers];
        Keys.replicate(strategy.shares(consumption, attached, production), 1, keys);
        double[] cons = new double[consumers];
        for (int j = 0; j < consumers; j++) {
            cons[j] = attached[j] ? consumption[j] : 0;
        }
        StepAllocation step = new StepAllocation(1, consumers);
        new AllocationEngine(1, consumers).allocate(new double[] {production}, cons, keys, step, 1, new int[consumers], 1,
                new double[consumers]);
        return step;
    }

    private static double sum(double[] values, boolean[] attached) {
        double total = 0;
        for (int j = 0; j < values.length; j++) {
            total += attached[j] ? values[j] : 0;
        }
        return total;
    }

    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
