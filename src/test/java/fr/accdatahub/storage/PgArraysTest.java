package fr.accdatahub.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PgArraysTest {

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
        assertEquals("{}", PgArrays.of(new double[0]));
        assertEquals("{}", PgArrays.of(new boolean[0]));
        assertEquals("{}", PgArrays.of(new Integer[0]));
    }
}
