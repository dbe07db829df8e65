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
    /**
     * One producer's row of keys, and of its class totals, copied apart: a loop over two arrays at the same index
     * vectorizes, one over a row inside a larger array does not (the compiler cannot rule out that the two overlap).
     */
    private final double[] keysOfProducer;
    private final double[] totalsOfProducer;

    public AllocationEngine(int producers, int consumers) {
        this.producers = producers;
        this.consumers = consumers;
        this.allocated = new double[consumers];
        this.keysOfProducer = new double[consumers];
        this.totalsOfProducer = new double[consumers];
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
     * step's duration in hours, to get energy) into {@code totals[classOf[j] * producers * consumers + i * consumers
     * + j]}: per time class of the consumer at that step, then per pair. Two passes over the keys: each consumer's
     * provisional total {@code A_j} (no reduction in the loop, so that it vectorizes), then the final shares, whose
     * sum per producer gives its surplus: what its keys leave unallocated and its share of the excess together are
     * {@code P_i − Σ_j P*[i][j]}. When every consumer is in one class at the step (the usual case: one off-peak
     * schedule), the totals of that class are written in a row.
     */
    public void allocate(double[] production, double[] consumption, double[] keys, StepAllocation out, double weight,
            int[] classOf, int classes, double[] totals) {
        Arrays.fill(allocated, 0);
        for (int i = 0; i < producers; i++) {
            double p = production[i];
            double[] row = keysOfProducer;
            System.arraycopy(keys, i * consumers, row, 0, consumers);
            for (int j = 0; j < consumers; j++) {
                allocated[j] += p * row[j];
            }
        }
        double[] kept = out.kept;
        double[] autoconsumption = out.autoconsumption;
        double[] complement = out.complement;
        for (int j = 0; j < consumers; j++) {  // without a branch: which consumers get too much is unpredictable
            double a = allocated[j];
            double c = consumption[j];
            double used = Math.min(a, c);
            autoconsumption[j] = used;
            complement[j] = c - used;
            kept[j] = used / Math.max(a, Double.MIN_VALUE);  // 0 when nothing was allocated: no share to keep
        }
        int pairs = producers * consumers;
        int shared = oneClass(classOf);
        for (int i = 0; i < producers; i++) {
            double p = production[i];
            int row = i * consumers;
            double keptKeys = shared < 0 ? finalShares(keys, kept, row, p * weight, classOf, pairs, totals)
                    : finalShares(keys, kept, row, p * weight, totals, shared * pairs + row);
            out.surplus[i] = Math.max(0, p - p * keptKeys);
            out.autoproduction[i] = p - out.surplus[i];
        }
    }

    /** The class every consumer is in at this step, or -1 when they are not all in one. */
    private int oneClass(int[] classOf) {
        int first = classOf[0];
        for (int j = 1; j < consumers; j++) {
            if (classOf[j] != first) {
                return -1;
            }
        }
        return first;
    }

    /**
     * Adds producer {@code row}'s final shares times {@code pw} to {@code totals} from {@code at}, in a row; answers
     * {@code Σ_j C[i][j] × kept_j}. The additions to the totals vectorize; the sum is kept in eight partial sums, so
     * that its additions do not wait on one another.
     */
    private double finalShares(double[] keys, double[] kept, int row, double pw, double[] totals, int at) {
        double[] ownKeys = keysOfProducer;
        double[] ownTotals = totalsOfProducer;
        System.arraycopy(keys, row, ownKeys, 0, consumers);
        System.arraycopy(totals, at, ownTotals, 0, consumers);
        for (int j = 0; j < consumers; j++) {
            ownTotals[j] += pw * (ownKeys[j] * kept[j]);
        }
        System.arraycopy(ownTotals, 0, totals, at, consumers);
        double k0 = 0;
        double k1 = 0;
        double k2 = 0;
        double k3 = 0;
        double k4 = 0;
        double k5 = 0;
        double k6 = 0;
        double k7 = 0;
        int j = 0;
        for (; j + 7 < consumers; j += 8) {
            k0 += ownKeys[j] * kept[j];
            k1 += ownKeys[j + 1] * kept[j + 1];
            k2 += ownKeys[j + 2] * kept[j + 2];
            k3 += ownKeys[j + 3] * kept[j + 3];
            k4 += ownKeys[j + 4] * kept[j + 4];
            k5 += ownKeys[j + 5] * kept[j + 5];
            k6 += ownKeys[j + 6] * kept[j + 6];
            k7 += ownKeys[j + 7] * kept[j + 7];
        }
        for (; j < consumers; j++) {
            k0 += ownKeys[j] * kept[j];
        }
        return ((k0 + k1) + (k2 + k3)) + ((k4 + k5) + (k6 + k7));
    }

    /** The same, each consumer's share added to the totals of its own class. */
    private double finalShares(double[] keys, double[] kept, int row, double pw, int[] classOf, int pairs,
            double[] totals) {
        double keptKeys = 0;
        for (int j = 0; j < consumers; j++) {
            double share = keys[row + j] * kept[j];
            totals[classOf[j] * pairs + row + j] += pw * share;
            keptKeys += share;
        }
        return keptKeys;
    }
}
