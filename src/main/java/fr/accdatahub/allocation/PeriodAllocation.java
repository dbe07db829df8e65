package fr.accdatahub.allocation;

import java.time.Duration;
import java.time.Instant;

/**
 * A calculation period allocated step by step: the engine over every step, with each participant's values kept per
 * step (NaN where it is not attached) and each pair's energy per time class. Plain Java, no I/O.
 */
public final class PeriodAllocation {

    public static final int CLASSES = 4;

    /** Per consumer and step: cons, autocons, complement in W; the DEFAULT coefficient where it applied, else NaN. */
    public final double[][] consumption;
    public final double[][] autoconsumption;
    public final double[][] complement;
    public final double[][] defaultKey;
    /** Per producer and step: prod, autoprod, surplus in W. */
    public final double[][] production;
    public final double[][] autoproduction;
    public final double[][] surplus;
    /** Per pair and class: {@code pairs[((i * consumers) + j) * CLASSES + class]} in Wh. */
    public final double[] pairs;
    private int defaultSteps;

    private PeriodAllocation(int producers, int consumers, int steps) {
        consumption = new double[consumers][steps];
        autoconsumption = new double[consumers][steps];
        complement = new double[consumers][steps];
        defaultKey = new double[consumers][steps];
        production = new double[producers][steps];
        autoproduction = new double[producers][steps];
        surplus = new double[producers][steps];
        pairs = new double[producers * consumers * CLASSES];
    }

    public int defaultSteps() {
        return defaultSteps;
    }

    /**
     * Allocates every step.
     *
     * @param steps          the period's steps
     * @param end            the end of the last step
     * @param consumed       per consumer and step, W (estimated where missing)
     * @param produced       per producer and step, W
     * @param consAttached   per consumer and step, whether it is attached
     * @param prodAttached   per producer and step, whether it is attached
     * @param classOf        per step and consumer, its {@code TimeClass} ordinal
     * @param keys           the keys of the period
     */
    public static PeriodAllocation run(Instant[] steps, Instant end, double[][] consumed, double[][] produced,
            boolean[][] consAttached, boolean[][] prodAttached, int[][] classOf, KeyPlan keys) {
        int producers = produced.length;
        int consumers = consumed.length;
        PeriodAllocation result = new PeriodAllocation(producers, consumers, steps.length);
        AllocationEngine engine = new AllocationEngine(producers, consumers);
        StepAllocation step = new StepAllocation(producers, consumers);
        double[] cons = new double[consumers];
        double[] prod = new double[producers];
        double[] matrix = new double[producers * consumers];
        double[] defaultKey = new double[consumers];
        double[] byClass = new double[CLASSES * producers * consumers];
        for (int s = 0; s < steps.length; s++) {
            for (int j = 0; j < consumers; j++) {
                cons[j] = consAttached[j][s] ? consumed[j][s] : 0;
            }
            for (int i = 0; i < producers; i++) {
                prod[i] = prodAttached[i][s] ? produced[i][s] : 0;
            }
            boolean usedDefault = keys.fill(s, cons, matrix, defaultKey);
            clearDetached(matrix, consAttached, s, producers, consumers);
            if (usedDefault) {
                result.defaultSteps++;
            }
            double hours = Duration.between(steps[s], s + 1 < steps.length ? steps[s + 1] : end).toMinutes() / 60.0;
            engine.allocate(prod, cons, matrix, step, hours, classOf[s], CLASSES, byClass);
            for (int j = 0; j < consumers; j++) {
                boolean attached = consAttached[j][s];
                result.consumption[j][s] = attached ? cons[j] : Double.NaN;
                result.autoconsumption[j][s] = attached ? step.autoconsumption[j] : Double.NaN;
                result.complement[j][s] = attached ? step.complement[j] : Double.NaN;
                result.defaultKey[j][s] = attached && usedDefault ? defaultKey[j] : Double.NaN;
            }
            for (int i = 0; i < producers; i++) {
                boolean attached = prodAttached[i][s];
                result.production[i][s] = attached ? prod[i] : Double.NaN;
                result.autoproduction[i][s] = attached ? step.autoproduction[i] : Double.NaN;
                result.surplus[i][s] = attached ? step.surplus[i] : Double.NaN;
            }
        }
        int pairCount = producers * consumers;
        for (int pair = 0; pair < pairCount; pair++) {
            for (int c = 0; c < CLASSES; c++) {
                result.pairs[pair * CLASSES + c] = byClass[c * pairCount + pair];
            }
        }
        return result;
    }

    /** A consumer not attached at a step gets nothing, whatever a key says: its share stays with the producer. */
    private static void clearDetached(double[] matrix, boolean[][] consAttached, int s, int producers, int consumers) {
        for (int j = 0; j < consumers; j++) {
            if (!consAttached[j][s]) {
                for (int i = 0; i < producers; i++) {
                    matrix[i * consumers + j] = 0;
                }
            }
        }
    }
}
