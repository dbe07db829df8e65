package fr.accdatahub.publication.domain;

import java.util.Arrays;

/**
 * The published (definitive) curves: whole W per step, rounded once, the dependent values derived, so that at every
 * step each consumer's {@code cons = autocons + complement}, each producer's {@code prod = autoprod + surplus}, and for
 * the agreement {@code Σ prod = Σ autocons + surplus} with {@code Σ autoprod = Σ autocons}, exactly. Per step:
 * cons and prod are rounded; the autoconsumed total (each consumer's part within its rounded consumption) is rounded
 * once, within what was produced and consumed, and shared out to consumers and to producers by largest remainders. NaN inputs (not attached) publish as absent.
 * Plain Java.
 */
public final class Publication {

    /** A missing value: the participant is not attached at that step. */
    public static final int ABSENT = Integer.MIN_VALUE;

    public final int[][] consumption;
    public final int[][] autoconsumption;
    public final int[][] complement;
    public final int[][] production;
    public final int[][] autoproduction;
    public final int[][] surplus;
    /** Agreement level, per step: Σ cons, Σ autocons, Σ complement, Σ prod, Σ surplus. */
    public final long[] totalConsumption;
    public final long[] totalAutoconsumption;
    public final long[] totalComplement;
    public final long[] totalProduction;
    public final long[] totalSurplus;

    /**
     * @param cons     per consumer and step, W (NaN where not attached)
     * @param autocons per consumer and step
     * @param prod     per producer and step
     * @param autoprod per producer and step
     */
    public Publication(double[][] cons, double[][] autocons, double[][] prod, double[][] autoprod, int steps) {
        int consumers = cons.length;
        int producers = prod.length;
        consumption = new int[consumers][steps];
        autoconsumption = new int[consumers][steps];
        complement = new int[consumers][steps];
        production = new int[producers][steps];
        autoproduction = new int[producers][steps];
        surplus = new int[producers][steps];
        totalConsumption = new long[steps];
        totalAutoconsumption = new long[steps];
        totalComplement = new long[steps];
        totalProduction = new long[steps];
        totalSurplus = new long[steps];
        double[] shares = new double[Math.max(consumers, producers)];
        int[] caps = new int[shares.length];
        int[] rounded = new int[shares.length];
        for (int s = 0; s < steps; s++) {
            double autoconsumed = 0;
            for (int j = 0; j < consumers; j++) {
                if (!Double.isNaN(cons[j][s])) {
                    consumption[j][s] = (int) Math.round(cons[j][s]);
                    totalConsumption[s] += consumption[j][s];
                    autoconsumed += Math.min(autocons[j][s], consumption[j][s]);
                }
            }
            for (int i = 0; i < producers; i++) {
                if (!Double.isNaN(prod[i][s])) {
                    production[i][s] = (int) Math.round(prod[i][s]);
                    totalProduction[s] += production[i][s];
                }
            }
            long shared = Math.max(0, Math.min(Math.round(autoconsumed),
                    Math.min(totalConsumption[s], totalProduction[s])));
            totalAutoconsumption[s] = shared;
            totalComplement[s] = totalConsumption[s] - shared;
            totalSurplus[s] = totalProduction[s] - shared;
            share(cons, autocons, consumption, s, shared, shares, caps, rounded, autoconsumption, complement);
            share(prod, autoprod, production, s, shared, shares, caps, rounded, autoproduction, surplus);
        }
    }

    /** Shares {@code total} out to the attached participants, by their parts, within their rounded totals. */
    private static void share(double[][] whole, double[][] part, int[][] roundedWhole, int s, long total,
            double[] shares, int[] caps, int[] rounded, int[][] parts, int[][] rest) {
        int count = whole.length;
        for (int k = 0; k < count; k++) {
            boolean attached = !Double.isNaN(whole[k][s]);
            shares[k] = attached ? part[k][s] : 0;
            caps[k] = attached ? roundedWhole[k][s] : 0;
        }
        Apportion.round(Arrays.copyOf(shares, count), Arrays.copyOf(caps, count), total, rounded);
        for (int k = 0; k < count; k++) {
            if (Double.isNaN(whole[k][s])) {
                roundedWhole[k][s] = ABSENT;
                parts[k][s] = ABSENT;
                rest[k][s] = ABSENT;
            } else {
                parts[k][s] = rounded[k];
                rest[k][s] = roundedWhole[k][s] - rounded[k];
            }
        }
    }
}
