package fr.accdatahub.publication.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class ApportionTest {

    @Test
    void theMissingUnitsGoToTheLargestRemainders() {
        assertArrayEquals(new int[] {2, 1, 1}, round(new double[] {1.6, 1.3, 0.7}, new int[] {9, 9, 9}, 4));
        assertArrayEquals(new int[] {2, 1, 0}, round(new double[] {1.6, 1.3, 0.1}, new int[] {9, 9, 9}, 3));
    }

    @Test
    void unitsInExcessComeOffTheSmallestRemainders() {
        assertArrayEquals(new int[] {1, 3}, round(new double[] {2.2, 3.9}, new int[] {9, 9}, 4));
        assertArrayEquals(new int[] {0, 3, 0}, round(new double[] {1.1, 3.5, 0.4}, new int[] {9, 9, 9}, 3));
    }

    @Test
    void valuesStayWithinZeroAndTheirCap() {
        assertArrayEquals(new int[] {2, 1}, round(new double[] {2.9, 0.5}, new int[] {2, 5}, 3));
        assertArrayEquals(new int[] {0, 2}, round(new double[] {-1.0, 2.0}, new int[] {5, 5}, 2));
        assertArrayEquals(new int[] {3, 4}, round(new double[] {7.0, 0.2}, new int[] {3, 4}, 7));
    }

    @Test
    void aSumAlreadyEqualToTheTotalIsTheValuesRoundedDown() {
        assertArrayEquals(new int[] {1, 2, 0}, round(new double[] {1.9, 2.8, 0.99}, new int[] {9, 9, 9}, 3));
        assertArrayEquals(new int[] {0, 0}, round(new double[] {0.0, 0.0}, new int[] {0, 0}, 0));
    }

    private static int[] round(double[] values, int[] caps, long total) {
        int[] out = new int[values.length];
        Apportion.round(values, caps, total, out);
        return out;
    }
}
