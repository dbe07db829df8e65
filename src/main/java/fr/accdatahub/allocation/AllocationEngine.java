package fr.accdatahub.allocation;

import java.util.Arrays;

/**
 * The allocation of annex 7 (§11.7.1–11.7.2) for one step, over flat arrays: plain Java, no framework, no I/O, no
 * allocation per step.
 *
 * <ol>
 *   <li>Provisional share {@code P[i][j] = P_i × C[i][j]}; unallocated {@code P_i,na = P_i × (1 − Σ_j C[i][j])}.</li>
 *   <li>Per consumer {@code A_j = Σ_i P[i][j]}; excess {@code SC_j = max(0, A_j − cons_j)}.</li>
 *   <li>Each producer's share of that excess, prorata of what it gave: {@code SP[i][j] = SC_j × P[i][j] / A_j}.</li>
 *   <li>Producer surplus {@code SP_i = Σ_j SP[i][j] + P_i,na}.</li>
 *   <li>Final share {@code P*[i][j] = P[i][j] − SP[i][j]}; {@code autocons_j = min(A_j, cons_j)};
 *       {@code complement_j = cons_j − autocons_j}; {@code autoprod_i = P_i − SP_i}.</li>
 * </ol>
 *
 * Coefficients are fractions ({@code 0.5} for 50 %), row-major: {@code keys[i * consumers + j]} is producer
 * {@code i}'s coefficient for consumer {@code j}. Every key type comes down to such a matrix: see {@link Keys}.
 */
public final class AllocationEngine {

    private final int producers;
    private final int consumers;
    private final double[] allocated;

    public AllocationEngine(int producers, int consumers) {
        this.producers = producers;
        this.consumers = consumers;
        this.allocated = new double[consumers];
    }

    public int producers() {
        return producers;
    }

    public int consumers() {
        return consumers;
    }

    /**
     * Allocates one step. {@code production} and {@code consumption} are ≥ 0; each row of {@code keys} sums to at
     * most 1. Writes into {@code out}, and adds each pair's final share {@code P*[i][j]} times {@code weight} (the
     * step's duration in hours, to get energy) into {@code totals[(i * consumers + j) * classes + classOf[j]]}: per
     * pair and per time class of the consumer at that step. Two passes over the keys: each consumer's provisional
     * total {@code A_j} (no reduction in the loop, so that it vectorizes), then the final shares, whose sums per
     * producer give its unallocated production and its share of the excess ({@code Σ_j SP[i][j] = Σ_j P[i][j] −
     * Σ_j P*[i][j]}).
     */
    public void allocate(double[] production, double[] consumption, double[] keys, StepAllocation out, double weight,
            int[] classOf, int classes, double[] totals) {
        Arrays.fill(allocated, 0);
        for (int i = 0; i < producers; i++) {
            double p = production[i];
            int row = i * consumers;
            for (int j = 0; j < consumers; j++) {
                allocated[j] += p * keys[row + j];
            }
        }
        double[] kept = out.kept;
        for (int j = 0; j < consumers; j++) {
            double a = allocated[j];
            double c = consumption[j];
            if (a > c) {
                kept[j] = c / a;
                out.autoconsumption[j] = c;
                out.complement[j] = 0;
            } else {
                kept[j] = 1;
                out.autoconsumption[j] = a;
                out.complement[j] = c - a;
            }
        }
        double[] surplus = out.surplus;
        for (int i = 0; i < producers; i++) {
            double p = production[i];
            double pw = p * weight;
            int row = i * consumers;
            double rowKeys = 0;
            double keptKeys = 0;
            for (int j = 0; j < consumers; j++) {
                double key = keys[row + j];
                double k = key * kept[j];
                rowKeys += key;
                keptKeys += k;
                totals[(row + j) * classes + classOf[j]] += pw * k;
            }
            // What the producer's keys leave unallocated, plus its share of the consumers' excess.
            surplus[i] = Math.max(0, p - p * rowKeys) + Math.max(0, p * (rowKeys - keptKeys));
            out.autoproduction[i] = p - surplus[i];
        }
    }
}
