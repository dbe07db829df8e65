package fr.accdatahub.allocation;

import java.util.Arrays;

/** Every key type as the engine's matrix {@code C[i][j]} (fractions, row-major, producers × consumers). */
public final class Keys {

    private Keys() {
    }

    /** STATIC and DYNAMIC_SIMPLE: one coefficient per consumer, the same for every producer. */
    public static void replicate(double[] perConsumer, int producers, double[] keys) {
        int consumers = perConsumer.length;
        for (int i = 0; i < producers; i++) {
            System.arraycopy(perConsumer, 0, keys, i * consumers, consumers);
        }
    }

    /**
     * DEFAULT (code de l'énergie D.315-6): prorata of each consumer's consumption, {@code cons_j / Σ cons}, for every
     * producer; all zero when nobody consumes. Writes the per-consumer coefficients into {@code perConsumer}.
     */
    public static void byConsumption(double[] consumption, int producers, double[] perConsumer, double[] keys) {
        double total = 0;
        for (double value : consumption) {
            total += value;
        }
        for (int j = 0; j < consumption.length; j++) {
            perConsumer[j] = total > 0 ? consumption[j] / total : 0;
        }
        replicate(perConsumer, producers, keys);
    }

    /** Clears a producer's row: without a key, its whole production is surplus (FULL, §4.4.2.2). */
    public static void none(int producer, int consumers, double[] keys) {
        Arrays.fill(keys, producer * consumers, (producer + 1) * consumers, 0);
    }
}
