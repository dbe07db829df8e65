package fr.accdatahub.storage;

import io.vertx.core.buffer.Buffer;

/**
 * Small integers packed two bytes each, big-endian, as a {@code BYTEA} column holds them (what PostgreSQL's
 * {@code int2send} writes): the stored form of key coefficients, read and written without text or boxing.
 */
public final class PackedShorts {

    private PackedShorts() {
    }

    public static Buffer of(short[] values) {
        Buffer packed = Buffer.buffer(values.length * Short.BYTES);
        for (short value : values) {
            packed.appendShort(value);
        }
        return packed;
    }

    public static short[] values(Buffer packed) {
        short[] values = new short[packed.length() / Short.BYTES];
        for (int i = 0; i < values.length; i++) {
            values[i] = packed.getShort(i * Short.BYTES);
        }
        return values;
    }
}
