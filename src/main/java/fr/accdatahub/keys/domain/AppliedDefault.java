package fr.accdatahub.keys.domain;

import java.time.LocalDate;

/**
 * The DEFAULT coefficients a published calculation applied to one consumer over a local day: its fraction of the
 * step's consumption at each step of the day, NaN (or null) where the DEFAULT key did not apply.
 */
public record AppliedDefault(String consumerId, LocalDate day, Double[] fractions) {

    /** The fraction at a step of the day, or NaN. */
    public double at(int step) {
        Double fraction = step < fractions.length ? fractions[step] : null;
        return fraction == null ? Double.NaN : fraction;
    }
}
