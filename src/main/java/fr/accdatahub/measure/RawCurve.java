package fr.accdatahub.measure;

import java.time.Instant;
import java.util.List;

/**
 * A raw meter curve as loaded: average power in W per step, over {@code [start, end)}. A step of that range without a
 * reading is missing; loading the curve replaces whatever was stored for that range.
 */
public record RawCurve(String usagePointId, CurveType type, Instant start, Instant end, List<Reading> readings) {

    /** One step's average power in W. */
    public record Reading(Instant start, int watts) {
    }
}
