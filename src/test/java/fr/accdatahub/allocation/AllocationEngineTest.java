package fr.accdatahub.allocation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AllocationEngineTest {

    private static final double EXACT = 1e-9;
    /** The worked example of annex 7: three producers, three consumers. */
    private static final double[] EXAMPLE_PRODUCTION = {200, 100, 50};
    private static final double[] EXAMPLE_CONSUMPTION = {150, 75, 50};
    private static final double[] EXAMPLE_KEYS = {
        0.5, 0.25, 0.2,
        0.5, 0.5, 0,
        0, 0.2, 0.8};

    @Test
    void theWorkedExampleOfAnnex7() {
        double[] production = EXAMPLE_PRODUCTION;
        double[] consumption = EXAMPLE_CONSUMPTION;
        double[] keys = EXAMPLE_KEYS;
        AllocationEngine engine = new AllocationEngine(3, 3);
        StepAllocation step = new StepAllocation(3, 3);
        double[] pairs = new double[9];
        engine.allocate(production, consumption, keys, step, 1, new int[consumption.length], 1, pairs);

        assertArrayEquals(new double[] {150, 75, 50}, step.autoconsumption, EXACT);
        assertArrayEquals(new double[] {0, 0, 0}, step.complement, EXACT);
        assertArrayEquals(new double[] {40 + 10.0 / 11, 15 + 10.0 / 11, 18 + 2.0 / 11}, step.surplus, EXACT);
        assertEquals(75, step.collectiveSurplus(), EXACT);
        assertArrayEquals(new double[] {200 - (40 + 10.0 / 11), 100 - (15 + 10.0 / 11), 50 - (18 + 2.0 / 11)},
                step.autoproduction, EXACT);

        assertArrayEquals(new double[] {
            100, 34 + 1.0 / 11, 25,
            50, 34 + 1.0 / 11, 0,
            0, 6 + 9.0 / 11, 25}, pairs, EXACT);
    }

    @Test
    void eachPairsShareGoesToTheClassOfItsConsumerAtTheStepOneClassOrSeveral() {
        double[] production = EXAMPLE_PRODUCTION;
        double[] consumption = EXAMPLE_CONSUMPTION;
        double[] keys = EXAMPLE_KEYS;
        double[] shares = {
            100, 34 + 1.0 / 11, 25,
            50, 34 + 1.0 / 11, 0,
            0, 6 + 9.0 / 11, 25};
        StepAllocation step = new StepAllocation(3, 3);
        double[] oneClass = new double[4 * 9];
        new AllocationEngine(3, 3).allocate(production, consumption, keys, step, 0.25, new int[] {2, 2, 2}, 4,
                oneClass);
        double[] expected = new double[4 * 9];
        for (int pair = 0; pair < 9; pair++) {
            expected[2 * 9 + pair] = shares[pair] * 0.25;
        }
        assertArrayEquals(expected, oneClass, EXACT);

        double[] severalClasses = new double[4 * 9];
        new AllocationEngine(3, 3).allocate(production, consumption, keys, step, 0.25, new int[] {0, 3, 0}, 4,
                severalClasses);
        expected = new double[4 * 9];
        for (int pair = 0; pair < 9; pair++) {
            expected[(pair % 3 == 1 ? 3 : 0) * 9 + pair] = shares[pair] * 0.25;
        }
        assertArrayEquals(expected, severalClasses, EXACT);
        assertArrayEquals(new double[] {40 + 10.0 / 11, 15 + 10.0 / 11, 18 + 2.0 / 11}, step.surplus, EXACT);
    }

    @Test
    void theInvariantsHoldOnThousandsOfRandomSteps() {
        Random random = new Random(20241101L);
        for (int trial = 0; trial < 5_000; trial++) {
            int producers = 1 + random.nextInt(6);
            int consumers = 1 + random.nextInt(12);
            double[] production = randomValues(random, producers);
            double[] consumption = randomValues(random, consumers);
            double[] keys = randomKeys(random, producers, consumers);
            AllocationEngine engine = new AllocationEngine(producers, consumers);
            StepAllocation step = new StepAllocation(producers, consumers);
            double[] pairs = new double[producers * consumers];
            engine.allocate(production, consumption, keys, step, 1, new int[consumption.length], 1, pairs);
            assertInvariants(production, consumption, keys, step, pairs, "trial " + trial);
        }
    }

    @Test
    void zeroProductionGivesNothing() {
        StepAllocation step = allocate(new double[] {0, 0}, new double[] {5, 7}, new double[] {0.5, 0.5, 0.3, 0.7});
        assertArrayEquals(new double[] {0, 0}, step.autoconsumption, EXACT);
        assertArrayEquals(new double[] {5, 7}, step.complement, EXACT);
        assertArrayEquals(new double[] {0, 0}, step.surplus, EXACT);
    }

    @Test
    void zeroConsumptionSendsEverythingToSurplus() {
        StepAllocation step = allocate(new double[] {10, 4}, new double[] {0, 0}, new double[] {0.5, 0.5, 0.3, 0.7});
        assertArrayEquals(new double[] {0, 0}, step.autoconsumption, EXACT);
        assertArrayEquals(new double[] {10, 4}, step.surplus, EXACT);
        assertArrayEquals(new double[] {0, 0}, step.autoproduction, EXACT);
    }

    @Test
    void oneProducerAndOneConsumer() {
        StepAllocation step = allocate(new double[] {10}, new double[] {6}, new double[] {1});
        assertArrayEquals(new double[] {6}, step.autoconsumption, EXACT);
        assertArrayEquals(new double[] {4}, step.surplus, EXACT);
        step = allocate(new double[] {10}, new double[] {16}, new double[] {1});
        assertArrayEquals(new double[] {10}, step.autoconsumption, EXACT);
        assertArrayEquals(new double[] {6}, step.complement, EXACT);
        assertArrayEquals(new double[] {0}, step.surplus, EXACT);
    }

    @Test
    void keysOfExactly100AndOf0Percent() {
        StepAllocation full = allocate(new double[] {12}, new double[] {10, 10}, new double[] {0.25, 0.75});
        assertArrayEquals(new double[] {3, 9}, full.autoconsumption, EXACT);
        assertArrayEquals(new double[] {0}, full.surplus, EXACT);
        StepAllocation none = allocate(new double[] {12}, new double[] {10, 10}, new double[] {0, 0});
        assertArrayEquals(new double[] {0, 0}, none.autoconsumption, EXACT);
        assertArrayEquals(new double[] {12}, none.surplus, EXACT);
    }

    @Test
    void aConsumerGivenNothingBesideOthersOverAndUnderTheirConsumption() {
        // Eleven consumers, so that the partial sums and their remainder are both used: the first gets too much, the
        // second nothing (no key), the others less than they consume.
        double[] keys = {0.3, 0, 0.1, 0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05};
        double[] consumption = {10, 20, 100, 100, 100, 100, 100, 100, 100, 100, 100};
        StepAllocation step = new StepAllocation(1, keys.length);
        double[] pairs = new double[keys.length];
        new AllocationEngine(1, keys.length).allocate(new double[] {100}, consumption, keys, step, 0.5,
                new int[keys.length], 1, pairs);
        assertArrayEquals(new double[] {10, 0, 10, 10, 10, 10, 10, 5, 5, 5, 5}, step.autoconsumption, EXACT);
        assertArrayEquals(new double[] {0, 20, 90, 90, 90, 90, 90, 95, 95, 95, 95}, step.complement, EXACT);
        assertArrayEquals(new double[] {100 - 80}, step.surplus, EXACT);
        assertArrayEquals(new double[] {80}, step.autoproduction, EXACT);
        assertArrayEquals(new double[] {5, 0, 5, 5, 5, 5, 5, 2.5, 2.5, 2.5, 2.5}, pairs, EXACT);
    }

    @Test
    void theDefaultKeyIsProrataOfConsumption() {
        double[] perConsumer = new double[3];
        double[] keys = new double[6];
        Keys.byConsumption(new double[] {1, 3, 0}, 2, perConsumer, keys);
        assertArrayEquals(new double[] {0.25, 0.75, 0, 0.25, 0.75, 0}, keys, EXACT);
        Keys.byConsumption(new double[] {0, 0, 0}, 2, perConsumer, keys);
        assertArrayEquals(new double[6], keys, EXACT);
    }

    @Test
    void aProducerWithoutKeyPutsAllItsProductionInSurplus() {
        double[] keys = {0.5, 0.5, 0.5, 0.5};
        Keys.none(1, 2, keys);
        StepAllocation step = allocate(new double[] {10, 8}, new double[] {100, 100}, keys);
        assertArrayEquals(new double[] {0, 8}, step.surplus, EXACT);
        assertArrayEquals(new double[] {5, 5}, step.autoconsumption, EXACT);
    }

    static void assertInvariants(double[] production, double[] consumption, double[] keys, StepAllocation step,
            double[] pairs, String context) {
        int producers = production.length;
        int consumers = consumption.length;
        double tolerance = 1e-9 * (1 + sum(production) + sum(consumption));
        assertEquals(sum(production), sum(step.autoconsumption) + step.collectiveSurplus(), tolerance, context);
        for (int j = 0; j < consumers; j++) {
            double given = 0;
            for (int i = 0; i < producers; i++) {
                given += production[i] * keys[i * consumers + j];
            }
            assertTrue(step.autoconsumption[j] >= -tolerance, context);
            assertTrue(step.autoconsumption[j] <= consumption[j] + tolerance, context);
            assertEquals(Math.min(given, consumption[j]), step.autoconsumption[j], tolerance, context);
            assertEquals(consumption[j], step.autoconsumption[j] + step.complement[j], tolerance, context);
            assertTrue(step.complement[j] >= -tolerance, context);
            double kept = 0;
            for (int i = 0; i < producers; i++) {
                assertTrue(pairs[i * consumers + j] >= -tolerance, context);
                kept += pairs[i * consumers + j];
            }
            assertEquals(step.autoconsumption[j], kept, tolerance, context);
        }
        for (int i = 0; i < producers; i++) {
            assertTrue(step.surplus[i] >= -tolerance, context);
            assertTrue(step.autoproduction[i] >= -tolerance, context);
            double kept = 0;
            for (int j = 0; j < consumers; j++) {
                kept += pairs[i * consumers + j];
            }
            assertEquals(step.autoproduction[i], kept, tolerance, context);
            assertEquals(production[i], step.autoproduction[i] + step.surplus[i], tolerance, context);
        }
    }

    private static StepAllocation allocate(double[] production, double[] consumption, double[] keys) {
        StepAllocation step = new StepAllocation(production.length, consumption.length);
        new AllocationEngine(production.length, consumption.length).allocate(production, consumption, keys, step, 1,
                new int[consumption.length], 1, new double[keys.length]);
        return step;
    }

    private static double[] randomValues(Random random, int size) {
        double[] values = new double[size];
        for (int k = 0; k < size; k++) {
            int shape = random.nextInt(5);
            values[k] = shape == 0 ? 0 : shape == 1 ? random.nextInt(10) : random.nextDouble() * 50_000;
        }
        return values;
    }

    /** Rows summing to at most 1, exactly 1, or 0, in hundredths as the API stores them. */
    private static double[] randomKeys(Random random, int producers, int consumers) {
        double[] keys = new double[producers * consumers];
        for (int i = 0; i < producers; i++) {
            int budget = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> 10_000;
                default -> random.nextInt(10_001);
            };
            for (int j = 0; j < consumers && budget > 0; j++) {
                int share = j == consumers - 1 && random.nextBoolean() ? budget : random.nextInt(budget + 1);
                keys[i * consumers + j] = share / 10_000.0;
                budget -= share;
            }
        }
        return keys;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }
}
