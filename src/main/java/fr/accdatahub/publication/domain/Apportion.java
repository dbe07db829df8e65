package fr.accdatahub.publication.domain;

/**
 * Whole numbers that add up to a given total: each value is rounded down, then the units still missing go to the
 * largest remainders (or, when the total is smaller, the units in excess come off the smallest), each staying within
 * {@code [0, cap]}. The total must lie within {@code [0, Σ cap]}.
 */
final class Apportion {

    private Apportion() {
    }

    static void round(double[] values, int[] caps, long total, int[] out) {
        long sum = 0;
        for (int k = 0; k < values.length; k++) {
            out[k] = (int) Math.max(0, Math.min(caps[k], Math.floor(values[k])));
            sum += out[k];
        }
        while (sum < total) {
            int best = -1;
            double remainder = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < values.length; k++) {
                if (out[k] < caps[k] && values[k] - out[k] > remainder) {
                    remainder = values[k] - out[k];
                    best = k;
                }
            }
            out[best]++;
            sum++;
        }
        while (sum > total) {
            int best = -1;
            double remainder = Double.POSITIVE_INFINITY;
            for (int k = 0; k < values.length; k++) {
                if (out[k] > 0 && values[k] - out[k] < remainder) {
                    remainder = values[k] - out[k];
                    best = k;
                }
            }
            out[best]--;
            sum--;
        }
    }
}
