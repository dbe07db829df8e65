package fr.accdatahub.event.domain;

import fr.accdatahub.failure.InvalidRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A position in the event log, opaque to callers: the transaction and sequence of the last event read. The empty
 * cursor is before every event.
 */
public record Cursor(long tx, long seq) {

    public static final Cursor START = new Cursor(0, 0);

    public static Cursor parse(String value) {
        if (value == null || value.isBlank()) {
            return START;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.US_ASCII).split(":");
            if (parts.length == 2) {
                Cursor cursor = new Cursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
                if (cursor.tx >= 0 && cursor.seq >= 0) {
                    return cursor;
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidRequest("after must be a cursor given as next by an earlier answer, not '" + value + "'");
    }

    @Override
    public String toString() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((tx + ":" + seq).getBytes(StandardCharsets.US_ASCII));
    }
}
