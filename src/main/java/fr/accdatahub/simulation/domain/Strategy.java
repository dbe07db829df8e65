package fr.accdatahub.simulation.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * How a step's production is shared among the consumers attached at it: the fraction of the production each one
 * gets. A strategy sees the step's consumption of each consumer (0 where not attached) and the production to share,
 * and gives nothing to a consumer not attached. Plain Java: the simulation and the generators apply the same ones.
 */
public sealed interface Strategy {

    /** Within a priority group: shares prorata of consumption, or equal shares. */
    enum Split { PRORATA, EQUAL }

    /**
     * The fraction of {@code production} each consumer gets (summing to at most 1): {@code consumption[j]} W at this
     * step, {@code attached[j]} whether it is attached.
     */
    double[] shares(double[] consumption, boolean[] attached, double production);

    /** DEFAULT (code de l'énergie D.315-6): prorata of consumption; all 0 when nobody consumes. */
    record Prorata() implements Strategy {
        @Override
        public double[] shares(double[] consumption, boolean[] attached, double production) {
            double total = total(consumption, attached);
            double[] shares = new double[consumption.length];
            for (int j = 0; j < shares.length; j++) {
                shares[j] = attached[j] && total > 0 ? consumption[j] / total : 0;
            }
            return shares;
        }
    }

    /** STATIC: the same percentage of each consumer at every step (0 for one not named). */
    record Fixed(double[] percentages) implements Strategy {
        @Override
        public double[] shares(double[] consumption, boolean[] attached, double production) {
            double[] shares = new double[consumption.length];
            for (int j = 0; j < shares.length; j++) {
                shares[j] = attached[j] ? percentages[j] / 100 : 0;
            }
            return shares;
        }
    }

    /**
     * PRIORITY: groups served in order, each up to its consumption before the next gets anything; within a group
     * prorata of consumption, or equal shares (the share a member cannot use going to the others of its group).
     * A consumer in no group gets nothing.
     */
    record Priority(List<int[]> groups, List<Split> splits) implements Strategy {
        @Override
        public double[] shares(double[] consumption, boolean[] attached, double production) {
            double[] given = new double[consumption.length];
            double left = production;
            for (int g = 0; g < groups.size() && left > 0; g++) {
                int[] members = groups.get(g);
                double demand = 0;
                for (int j : members) {
                    demand += attached[j] ? consumption[j] : 0;
                }
                double served = Math.min(left, demand);
                if (splits.get(g) == Split.EQUAL) {
                    WaterFilling.fill(consumption, attached, members, served, given);
                } else {
                    for (int j : members) {
                        given[j] = attached[j] && demand > 0 ? served * consumption[j] / demand : 0;
                    }
                }
                left -= served;
            }
            return fractions(given, production);
        }
    }

    /**
     * EQUAL_WITH_REALLOCATION: equal shares, what a consumer cannot use going to the others until every one is
     * satisfied or the production is shared out (water-filling).
     */
    record EqualWithReallocation() implements Strategy {
        @Override
        public double[] shares(double[] consumption, boolean[] attached, double production) {
            double[] given = new double[consumption.length];
            int[] all = new int[consumption.length];
            Arrays.setAll(all, j -> j);
            WaterFilling.fill(consumption, attached, all, Math.min(production, total(consumption, attached)), given);
            return fractions(given, production);
        }
    }

    /**
     * OPTIMAL: the most autoconsumption the step allows, {@code min(Σ prod, Σ cons)}, each consumer served prorata of
     * its consumption (the tie broken so): all of its consumption when production covers every one.
     */
    record Optimal() implements Strategy {
        @Override
        public double[] shares(double[] consumption, boolean[] attached, double production) {
            double total = total(consumption, attached);
            double served = Math.min(production, total);
            double[] given = new double[consumption.length];
            for (int j = 0; j < given.length; j++) {
                given[j] = attached[j] && total > 0 ? served * consumption[j] / total : 0;
            }
            return fractions(given, production);
        }
    }

    /** Percentages of the consumers, in the engine's positions (for {@link Fixed}). */
    static double[] percentages(List<String> consumers, java.util.Map<String, BigDecimal> given) {
        double[] percentages = new double[consumers.size()];
        for (int j = 0; j < percentages.length; j++) {
            BigDecimal value = given.get(consumers.get(j));
            percentages[j] = value == null ? 0 : value.doubleValue();
        }
        return percentages;
    }

    private static double total(double[] consumption, boolean[] attached) {
        double total = 0;
        for (int j = 0; j < consumption.length; j++) {
            total += attached[j] ? consumption[j] : 0;
        }
        return total;
    }

    /** W given to each consumer as fractions of the production (all 0 when there is none). */
    private static double[] fractions(double[] given, double production) {
        double[] shares = new double[given.length];
        for (int j = 0; j < shares.length; j++) {
            shares[j] = production > 0 ? Math.min(1, given[j] / production) : 0;
        }
        return shares;
    }
}
