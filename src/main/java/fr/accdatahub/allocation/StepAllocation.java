package fr.accdatahub.allocation;

/**
 * The outcome of one step's allocation, in the unit of the inputs (W or Wh), written by {@link AllocationEngine} into
 * arrays that are reused from step to step. Indices are the engine's producer and consumer positions.
 */
public final class StepAllocation {

    /** Part autoconsommée of each consumer: {@code min(A_j, cons_j)}. */
    public final double[] autoconsumption;
    /** Part de complément of each consumer: {@code cons_j − autocons_j}. */
    public final double[] complement;
    /** Part autoproduite of each producer: {@code P_i − SP_i}. */
    public final double[] autoproduction;
    /** Surplus of each producer {@code SP_i}: its unallocated production plus its share of the consumers' excess. */
    public final double[] surplus;
    /**
     * The share of each producer's production that each consumer keeps ({@code P*[i][j] / P[i][j]}, the same for
     * every producer of consumer {@code j}): {@code 1 − SC_j / A_j}, or 0 when nothing was allocated to {@code j}
     * (there is then no share to keep).
     */
    final double[] kept;

    public StepAllocation(int producers, int consumers) {
        autoconsumption = new double[consumers];
        complement = new double[consumers];
        autoproduction = new double[producers];
        surplus = new double[producers];
        kept = new double[consumers];
    }

    /** The collective surplus of the step: Σ SP_i. */
    public double collectiveSurplus() {
        double total = 0;
        for (double value : surplus) {
            total += value;
        }
        return total;
    }
}
