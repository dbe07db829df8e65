package fr.accdatahub.simulation.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Shares written as a submission's coefficients: hundredths of a percent (two decimals), each rounded down, then
 * the hundredths the rounding lost given back one by one to the largest remainders, so that the coefficients add up
 * to the shares' total rounded down and never to more than 100 %. Plain Java.
 */
public final class Hundredths {

    public static final int WHOLE = 10_000;
    private static final double TOLERANCE = 1e-7;

    private Hundredths() {
    }

    /** The coefficients of the attached consumers, in their order. */
    public static short[] of(double[] shares, boolean[] attached) {
        List<Integer> present = new ArrayList<>();
        double total = 0;
        for (int j = 0; j < shares.length; j++) {
            if (attached[j]) {
                present.add(j);
                total += shares[j] * WHOLE;
            }
        }
        int target = (int) Math.min(WHOLE, Math.floor(total + TOLERANCE));
        short[] coefficients = new short[present.size()];
        double[] remainders = new double[present.size()];
        int sum = 0;
        for (int k = 0; k < coefficients.length; k++) {
            double exact = Math.max(0, shares[present.get(k)] * WHOLE);
            coefficients[k] = (short) Math.min(WHOLE, Math.floor(exact + TOLERANCE));
            remainders[k] = exact - coefficients[k];
            sum += coefficients[k];
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < coefficients.length; k++) {
            order.add(k);
        }
        order.sort(Comparator.comparingDouble((Integer k) -> -remainders[k]).thenComparing(k -> k));
        for (int n = 0; sum < target && n < order.size(); n++) {
            coefficients[order.get(n)]++;
            sum++;
        }
        for (int n = order.size() - 1; sum > target && n >= 0; n--) {
            if (coefficients[order.get(n)] > 0) {
                coefficients[order.get(n)]--;
                sum--;
            }
        }
        return coefficients;
    }
}
