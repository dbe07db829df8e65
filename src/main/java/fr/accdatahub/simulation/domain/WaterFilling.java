package fr.accdatahub.simulation.domain;

import java.util.Arrays;

/**
 * Equal shares of an amount among consumers, none given more than it consumes: the level {@code λ} such that
 * {@code Σ min(cons_j, λ) = amount} (the amount being at most what they consume together). Plain Java.
 */
final class WaterFilling {

    private WaterFilling() {
    }

    /** Adds each member's share of {@code amount} into {@code given}. */
    static void fill(double[] consumption, boolean[] attached, int[] members, double amount, double[] given) {
        int[] present = Arrays.stream(members).filter(j -> attached[j]).toArray();
        double[] caps = Arrays.stream(present).mapToDouble(j -> consumption[j]).sorted().toArray();
        double left = amount;
        double level = 0;
        for (int k = 0; k < caps.length && left > 0; k++) {
            double rise = Math.min(caps[k] - level, left / (caps.length - k));
            level += rise;
            left -= rise * (caps.length - k);
        }
        for (int j : present) {
            given[j] += Math.min(consumption[j], level);
        }
    }
}
