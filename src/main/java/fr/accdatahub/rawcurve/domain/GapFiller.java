package fr.accdatahub.rawcurve.domain;

import fr.accdatahub.calendar.Paris;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Estimates missing meter values as §5.2.3 says: a gap of at most one hour by linear interpolation between the
 * values around it; a longer gap (or one at an edge) by the values of the same local time one week earlier (J−7),
 * themselves measured or estimated; 0 where even that is unknown. Plain Java over one series.
 */
public final class GapFiller {

    private static final Duration INTERPOLATED = Duration.ofHours(1);

    private final Instant[] steps;
    /** For each step, the position of the same local time a week earlier, or -1 before the series. */
    private final int[] weekBefore;

    /** A filler for series over {@code steps}, which should start at least a week before the values that matter. */
    public GapFiller(Instant[] steps) {
        this.steps = steps;
        Map<Instant, Integer> positions = new HashMap<>(steps.length * 2);
        for (int k = 0; k < steps.length; k++) {
            positions.put(steps[k], k);
        }
        this.weekBefore = new int[steps.length];
        for (int k = 0; k < steps.length; k++) {
            weekBefore[k] = positions.getOrDefault(steps[k].atZone(Paris.ZONE).minusWeeks(1).toInstant(), -1);
        }
    }

    /** Fills the NaN values of {@code values} in place; answers which ones it estimated. */
    public boolean[] fill(double[] values) {
        boolean[] estimated = new boolean[values.length];
        int k = 0;
        while (k < values.length) {
            if (!Double.isNaN(values[k])) {
                k++;
                continue;
            }
            int from = k;
            while (k < values.length && Double.isNaN(values[k])) {
                k++;
            }
            fillGap(values, from, k, estimated);
        }
        return estimated;
    }

    private void fillGap(double[] values, int from, int to, boolean[] estimated) {
        boolean bounded = from > 0 && to < values.length;
        if (bounded && !Duration.between(steps[from], steps[to]).minus(INTERPOLATED).isPositive()) {
            double before = values[from - 1];
            double after = values[to];
            for (int k = from; k < to; k++) {
                values[k] = before + (after - before) * (k - from + 1) / (to - from + 1);
                estimated[k] = true;
            }
            return;
        }
        for (int k = from; k < to; k++) {
            int earlier = weekBefore[k];
            values[k] = earlier < 0 || Double.isNaN(values[earlier]) ? 0 : values[earlier];
            estimated[k] = true;
        }
    }
}
