package fr.accdatahub.simulation.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HundredthsTest {

    @Test
    void roundedDownThenTheLargestRemaindersGetTheLostHundredths() {
        boolean[] all = {true, true, true};
        assertArrayEquals(new short[] {3334, 3333, 3333}, Hundredths.of(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, all));
        assertArrayEquals(new short[] {5081, 3986, 0}, Hundredths.of(new double[] {0.5081, 0.3986, 0}, all));
        assertArrayEquals(new short[] {0, 0, 0}, Hundredths.of(new double[] {0, 0, 0}, all));
        // Only the attached consumers have a coefficient.
        assertArrayEquals(new short[] {5000, 5000}, Hundredths.of(new double[] {0.5, 0.9, 0.5},
                new boolean[] {true, false, true}));
    }

    @Test
    void theSumNeverExceedsAHundredPercentNorTheSharesTotal() {
        Random random = new Random(7);
        for (int trial = 0; trial < 5_000; trial++) {
            int n = 1 + random.nextInt(300);
            double[] shares = new double[n];
            boolean[] attached = new boolean[n];
            double total = 0;
            for (int j = 0; j < n; j++) {
                shares[j] = random.nextDouble();
                attached[j] = true;
                total += shares[j];
            }
            double scale = random.nextBoolean() ? 1 / total : random.nextDouble() / total;
            double exact = 0;
            for (int j = 0; j < n; j++) {
                shares[j] *= scale;
                exact += shares[j] * 10_000;
            }
            int sum = 0;
            for (short coefficient : Hundredths.of(shares, attached)) {
                assertTrue(coefficient >= 0);
                sum += coefficient;
            }
            assertTrue(sum <= 10_000);
            assertEquals(Math.min(10_000, Math.floor(exact + 1e-7)), sum, 0.0);
        }
    }
}
