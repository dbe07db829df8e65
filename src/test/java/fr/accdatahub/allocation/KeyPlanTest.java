package fr.accdatahub.allocation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KeyPlanTest {

    private static final double[] CONSUMPTION = {100, 300};
    private static final double DELTA = 1e-12;

    private final double[] keys = new double[4];
    private final double[] defaultKey = new double[2];

    @Test
    void aStaticStepAppliesItsCoefficientsToEveryProducer() {
        KeyPlan plan = new KeyPlan(KeyPlan.Kind.STATIC, 2, 2, 2);
        plan.setShared(0, new short[] {4000, 5081});
        assertFalse(plan.fill(0, CONSUMPTION, keys, defaultKey));
        assertArrayEquals(new double[] {0.4, 0.5081, 0.4, 0.5081}, keys, DELTA);
        assertArrayEquals(new double[] {0.4, 0.5081}, defaultKey, DELTA);
    }

    @Test
    void aFullProducerWithoutKeyIsKeylessOnlyWhereOthersHaveKeys() {
        KeyPlan plan = new KeyPlan(KeyPlan.Kind.FULL, 3, 2, 2);
        plan.setProducer(0, 0, new short[] {5000, 5000});
        plan.setProducer(2, 0, new short[] {5000, 5000});
        plan.setInactive(2);
        assertTrue(plan.keyless(0, 1), "the other producer has a key at step 0");
        assertFalse(plan.keyless(0, 0));
        assertFalse(plan.keyless(1, 1), "no key at all at step 1: the whole step takes the default key");
        assertFalse(plan.keyless(2, 1), "nothing is allocated while the agreement is not active");
        assertFalse(new KeyPlan(KeyPlan.Kind.SIMPLE, 1, 2, 2).keyless(0, 1));
    }

    @Test
    void aSimpleStepWithoutAKeyUsesTheDefaultKey() {
        KeyPlan plan = new KeyPlan(KeyPlan.Kind.SIMPLE, 2, 2, 2);
        plan.setShared(1, new short[] {10000, 0});
        assertTrue(plan.fill(0, CONSUMPTION, keys, defaultKey));
        assertArrayEquals(new double[] {0.25, 0.75, 0.25, 0.75}, keys, DELTA);
        assertArrayEquals(new double[] {0.25, 0.75}, defaultKey, DELTA);
        assertFalse(plan.fill(1, CONSUMPTION, keys, defaultKey));
        assertArrayEquals(new double[] {1, 0, 1, 0}, keys, DELTA);
    }

    @Test
    void aStaticStepWithoutCoefficientsUsesTheDefaultKey() {
        KeyPlan plan = new KeyPlan(KeyPlan.Kind.STATIC, 1, 1, 2);
        double[] single = new double[2];
        assertTrue(plan.fill(0, CONSUMPTION, single, defaultKey));
        assertArrayEquals(new double[] {0.25, 0.75}, single, DELTA);
    }

    @Test
    void aFullStepGivesAProducerWithoutAKeyNothingToShare() {
        KeyPlan plan = new KeyPlan(KeyPlan.Kind.FULL, 2, 2, 2);
        plan.setProducer(0, 1, new short[] {2500, 7500});
        Arrays.fill(keys, 9);
        Arrays.fill(defaultKey, 9);
        assertFalse(plan.fill(0, CONSUMPTION, keys, defaultKey));
        assertArrayEquals(new double[] {0, 0, 0.25, 0.75}, keys, DELTA);
        assertArrayEquals(new double[] {9, 9}, defaultKey, DELTA);
    }

    @Test
    void aFullStepWithoutAnyKeyUsesTheDefaultKey() {
        KeyPlan plan = new KeyPlan(KeyPlan.Kind.FULL, 2, 2, 2);
        plan.setProducer(1, 0, new short[] {5000, 5000});
        assertTrue(plan.fill(0, CONSUMPTION, keys, defaultKey));
        assertArrayEquals(new double[] {0.25, 0.75, 0.25, 0.75}, keys, DELTA);
        assertArrayEquals(new double[] {0.25, 0.75}, defaultKey, DELTA);
    }

    @Test
    void aDefaultAgreementAlwaysUsesTheDefaultKey() {
        KeyPlan plan = new KeyPlan(KeyPlan.Kind.DEFAULT, 2, 2, 2);
        assertTrue(plan.fill(1, new double[] {200, 200}, keys, defaultKey));
        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5}, keys, DELTA);
        assertTrue(plan.fill(0, new double[] {0, 0}, keys, defaultKey));
        assertArrayEquals(new double[] {0, 0, 0, 0}, keys, DELTA);
        assertArrayEquals(new double[] {0, 0}, defaultKey, DELTA);
    }
}
