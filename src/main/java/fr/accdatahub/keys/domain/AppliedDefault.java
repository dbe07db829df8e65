package fr.accdatahub.keys.domain;

import java.time.LocalDate;

/**
 * The DEFAULT coefficients a published calculation applied to one consumer over a local day: its fraction of the
 * step's consumption at each step of the day, NaN (or null) where the DEFAULT key did not apply.
 */
public record AppliedDefault(String consumerId, LocalDate day, Double[] fractions) {

    /** How many steps of the day it has a fraction for. */
    public long count() {
        long count = 0;
        for (Double fraction : fractions) {
            count += fraction != null && !fraction.isNaN() ? 1 : 0;
        }
        return count;
    }

    /** The fraction at a step of the day, or NaN. */
    public double at(int step) {
        Double fraction = step < fractions.length ? fractions[step] : null;
        return fraction == null ? Double.NaN : fraction;
    }
}
