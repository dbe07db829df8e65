package fr.accdatahub.simulation.domain;

import java.util.Arrays;

/**
 * Shares written as a submission's coefficients: hundredths of a percent (two decimals), each rounded down, then
 * the hundredths the rounding lost given back one by one to the largest remainders, so that the coefficients add up
 * to the shares' total rounded down and never to more than 100 %. Plain Java.
 */
public final class Hundredths {

    public static final int WHOLE = 10_000;
    private static final double TOLERANCE = 1e-7;
    private static final int REMAINDER_BITS = 30;
    private static final int POSITION_BITS = 20;
    /** Up to a million consumers at a step. */
    private static final int POSITIONS = 1 << POSITION_BITS;
    /** Every coefficient written once: a month of FULL keys writes millions of them. */
    private static final String[] PERCENTS = percents();

    private Hundredths() {
    }

    /** The coefficients of the attached consumers, in their order. */
    public static short[] of(double[] shares, boolean[] attached) {
        int count = 0;
        double total = 0;
        for (int j = 0; j < shares.length; j++) {
            if (attached[j]) {
                count++;
                total += shares[j] * WHOLE;
            }
        }
        int target = (int) Math.min(WHOLE, Math.floor(total + TOLERANCE));
        short[] coefficients = new short[count];
        // Each remainder (30 bits of its fraction) and position in one long, sorted without boxing: the largest
        // remainders last, the lower position first among equal ones.
        long[] byRemainder = new long[count];
        int sum = 0;
        for (int j = 0, k = 0; j < shares.length; j++) {
            if (attached[j]) {
                double exact = Math.max(0, shares[j] * WHOLE);
                coefficients[k] = (short) Math.min(WHOLE, Math.floor(exact + TOLERANCE));
                long remainder = (long) (Math.max(0, exact - coefficients[k]) * (1 << REMAINDER_BITS));
                byRemainder[k] = remainder << POSITION_BITS | (POSITIONS - 1 - k);
                sum += coefficients[k];
                k++;
            }
        }
        Arrays.sort(byRemainder);
        for (int n = count - 1; sum < target && n >= 0; n--) {
            coefficients[position(byRemainder[n])]++;
            sum++;
        }
        for (int n = 0; sum > target && n < count; n++) {
            int k = position(byRemainder[n]);
            if (coefficients[k] > 0) {
                coefficients[k]--;
                sum--;
            }
        }
        return coefficients;
    }

    /** A coefficient as a submission writes it: {@code 5081} is {@code 50.81}. */
    public static String percent(short hundredths) {
        return PERCENTS[hundredths];
    }

    private static String[] percents() {
        String[] percents = new String[WHOLE + 1];
        for (int h = 0; h <= WHOLE; h++) {
            int cents = h % 100;
            percents[h] = (h / 100) + (cents < 10 ? ".0" : ".") + cents;
        }
        return percents;
    }

    private static int position(long packed) {
        return POSITIONS - 1 - (int) (packed & (POSITIONS - 1));
    }
}
