package fr.accdatahub.publication.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.allocation.AllocationEngine;
import fr.accdatahub.allocation.StepAllocation;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Rounding once and deriving keeps every identity exact, on thousands of random allocated steps. */
class PublicationTest {

    @Test
    void publishedValuesKeepTheIdentitiesExactly() {
        Random random = new Random(5_2_2_1L);
        for (int trial = 0; trial < 2_000; trial++) {
            int producers = 1 + random.nextInt(5);
            int consumers = 1 + random.nextInt(15);
            double[][] cons = new double[consumers][1];
            double[][] autocons = new double[consumers][1];
            double[][] prod = new double[producers][1];
            double[][] autoprod = new double[producers][1];
            double[] production = new double[producers];
            double[] consumption = new double[consumers];
            double[] keys = new double[producers * consumers];
            for (int i = 0; i < producers; i++) {
                production[i] = random.nextBoolean() ? random.nextDouble() * 40_000 : random.nextInt(3);
                for (int j = 0; j < consumers; j++) {
                    keys[i * consumers + j] = 1.0 / consumers;
                }
            }
            for (int j = 0; j < consumers; j++) {
                consumption[j] = random.nextDouble() * 9_000;
            }
            boolean detached = random.nextInt(4) == 0;
            if (detached) {
                // A consumer that is not attached gets no key and publishes nothing.
                consumption[0] = 0;
                for (int i = 0; i < producers; i++) {
                    keys[i * consumers] = 0;
                }
            }
            StepAllocation step = new StepAllocation(producers, consumers);
            new AllocationEngine(producers, consumers).allocate(production, consumption, keys, step, 1,
                    new int[consumers], 1, new double[keys.length]);
            for (int j = 0; j < consumers; j++) {
                cons[j][0] = consumption[j];
                autocons[j][0] = step.autoconsumption[j];
            }
            for (int i = 0; i < producers; i++) {
                prod[i][0] = production[i];
                autoprod[i][0] = step.autoproduction[i];
            }
            if (detached) {
                cons[0][0] = Double.NaN;
                autocons[0][0] = Double.NaN;
            }
            Publication published = new Publication(cons, autocons, prod, autoprod, 1);
            long autoconsumed = 0;
            long autoproduced = 0;
            long surplus = 0;
            for (int j = 0; j < consumers; j++) {
                if (Double.isNaN(cons[j][0])) {
                    assertEquals(Publication.ABSENT, published.consumption[j][0]);
                    continue;
                }
                assertEquals(published.consumption[j][0],
                        published.autoconsumption[j][0] + published.complement[j][0]);
                assertTrue(published.autoconsumption[j][0] >= 0 && published.complement[j][0] >= 0);
                assertTrue(Math.abs(published.autoconsumption[j][0] - autocons[j][0]) < 1.5, "trial " + trial + " consumer "
                        + j + ": " + published.autoconsumption[j][0] + " for " + autocons[j][0] + " of " + cons[j][0]
                        + ", production " + Arrays.toString(production));
                autoconsumed += published.autoconsumption[j][0];
            }
            for (int i = 0; i < producers; i++) {
                assertEquals(published.production[i][0], published.autoproduction[i][0] + published.surplus[i][0]);
                assertTrue(published.surplus[i][0] >= 0);
                autoproduced += published.autoproduction[i][0];
                surplus += published.surplus[i][0];
            }
            assertEquals(autoconsumed, autoproduced);
            assertEquals(published.totalAutoconsumption[0], autoconsumed);
            assertEquals(published.totalSurplus[0], surplus);
            assertEquals(published.totalProduction[0], published.totalAutoconsumption[0] + published.totalSurplus[0]);
            assertEquals(published.totalConsumption[0],
                    published.totalAutoconsumption[0] + published.totalComplement[0]);
        }
    }
}
