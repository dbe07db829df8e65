package fr.accdatahub.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.buffer.Buffer;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PackedShortsTest {

    @Test
    void twoBytesEachBigEndianAsInt2send() {
        assertEquals("13d90f9200002710", HexFormat.of().formatHex(PackedShorts.of(new short[] {5081, 3986, 0, 10000}).getBytes()));
    }

    @Test
    void valuesRoundTrip() {
        short[] values = {0, 1, 9999, 10000, 32767, 250};
        assertArrayEquals(values, PackedShorts.values(PackedShorts.of(values)));
        assertArrayEquals(new short[0], PackedShorts.values(Buffer.buffer()));
    }
}
