package fr.accdatahub.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PgArraysTest {

    @Test
    void shortsAreWrittenCommaSeparatedInBraces() {
        assertEquals("{5081,3986,0}", PgArrays.of(new short[] {5081, 3986, 0}));
        assertEquals("{10000}", PgArrays.of(new short[] {10000}));
    }

    @Test
    void doublesWriteNanAsNull() {
        assertEquals("{1.5,NULL,0.0,-2.25}", PgArrays.of(new double[] {1.5, Double.NaN, 0, -2.25}));
        assertEquals("{NULL}", PgArrays.of(new double[] {Double.NaN}));
    }

    @Test
    void booleansAreTOrF() {
        assertEquals("{t,f,t}", PgArrays.of(new boolean[] {true, false, true}));
    }

    @Test
    void integersWriteNullAsNull() {
        assertEquals("{1,NULL,-3,2147483647}", PgArrays.of(new Integer[] {1, null, -3, Integer.MAX_VALUE}));
        assertEquals("{NULL}", PgArrays.of(new Integer[] {null}));
    }

    @Test
    void emptyArraysAreEmptyBraces() {
        assertEquals("{}", PgArrays.of(new short[0]));
        assertEquals("{}", PgArrays.of(new double[0]));
        assertEquals("{}", PgArrays.of(new boolean[0]));
        assertEquals("{}", PgArrays.of(new Integer[0]));
    }

    @Test
    void shortsAreReadBackFromALiteral() {
        assertArrayEquals(new short[] {5081, 3986}, PgArrays.shorts("{5081,3986}"));
        assertArrayEquals(new short[] {0, 10000, 7}, PgArrays.shorts("{0,10000,7}"));
        assertArrayEquals(new short[] {42}, PgArrays.shorts("{42}"));
        assertArrayEquals(new short[0], PgArrays.shorts("{}"));
    }

    @Test
    void shortsRoundTrip() {
        short[] values = {0, 1, 9999, 10000, 32767, 250};
        assertArrayEquals(values, PgArrays.shorts(PgArrays.of(values)));
        assertArrayEquals(new short[0], PgArrays.shorts(PgArrays.of(new short[0])));
    }
}
