package fr.accdatahub.fault.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.failure.InvalidRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class FaultSwitchTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private static FaultSwitch switchOf(String share, long seed) {
        return new FaultRequest("demo-pmo", null, FaultKind.THROTTLED, new BigDecimal(share), Duration.ofMinutes(1),
                null, seed).toSwitch(NOW);
    }

    @Test
    void aShareHitsThatPartOfTheRequestsInASequenceFixedByItsSeed() {
        FaultSwitch third = switchOf("0.3", 7);
        long hits = LongStream.rangeClosed(1, 10_000).filter(third::hits).count();
        assertTrue(hits > 2_850 && hits < 3_150, hits + " of 10,000");
        List<Boolean> once = LongStream.rangeClosed(1, 50).mapToObj(third::hits).toList();
        assertEquals(once, LongStream.rangeClosed(1, 50).mapToObj(switchOf("0.3", 7)::hits).toList());
        assertNotEquals(once, LongStream.rangeClosed(1, 50).mapToObj(switchOf("0.3", 8)::hits).toList());
        assertTrue(LongStream.rangeClosed(1, 1_000).noneMatch(switchOf("0", 7)::hits));
        assertTrue(switchOf("1", 7).hitsAll());
    }

    @Test
    void aSwitchTargetsOneClientOrOnePrmAndExpires() {
        FaultSwitch client = switchOf("1", 0);
        assertTrue(client.matches("demo-pmo", null));
        assertFalse(client.matches("other", "10101010101023"));
        FaultSwitch prm = new FaultRequest(null, "10101010101023", FaultKind.NO_DATA, null, Duration.ofSeconds(20),
                null, null).toSwitch(NOW);
        assertTrue(prm.matches("anyone", "10101010101023"));
        assertFalse(prm.matches("anyone", null));
        assertEquals(BigDecimal.ONE, prm.share());
        assertTrue(prm.activeAt(NOW.plusSeconds(19)));
        assertFalse(prm.activeAt(NOW.plusSeconds(20)));
    }

    @Test
    void delaysAreForTheKindsThatTakeOneAndBounded() {
        assertEquals(Duration.ofSeconds(2), new FaultRequest("c", null, FaultKind.LATENCY, null, Duration.ofMinutes(1),
                Duration.ofSeconds(2), null).toSwitch(NOW).delay());
        assertThrows(InvalidRequest.class, () -> new FaultRequest("c", null, FaultKind.LATENCY, null,
                Duration.ofMinutes(1), Duration.ofSeconds(61), null).toSwitch(NOW));
        assertThrows(InvalidRequest.class, () -> new FaultRequest("c", null, FaultKind.WEBHOOK_LATE, null,
                Duration.ofMinutes(1), Duration.ofSeconds(26), null).toSwitch(NOW));
        assertThrows(InvalidRequest.class, () -> new FaultRequest("c", null, FaultKind.THROTTLED, null,
                Duration.ofMinutes(1), Duration.ofSeconds(1), null).toSwitch(NOW));
        assertThrows(InvalidRequest.class, () -> new FaultRequest("c", null, FaultKind.THROTTLED,
                new BigDecimal("0.1234"), Duration.ofMinutes(1), null, null).toSwitch(NOW));
    }
}
