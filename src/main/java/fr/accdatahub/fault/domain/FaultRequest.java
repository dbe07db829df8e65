package fr.accdatahub.fault.domain;

import fr.accdatahub.failure.InvalidRequest;
import fr.accdatahub.identifier.Identifiers;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A switch to set: exactly one target, a kind, a share in [0, 1] (1 when absent), a duration of real time, a delay for
 * the kinds that take one, and a seed for the share's sequence (0 when absent). Checked here: a 400 names the field.
 */
public record FaultRequest(String clientId, String usagePointId, FaultKind kind, BigDecimal share, Duration duration,
        Duration delay, Long seed) {

    /** The longest a switch stays on: a forgotten one does not outlive the day. */
    public static final Duration LONGEST = Duration.ofHours(24);
    /** The longest LATENCY: past it, clients time out anyway. */
    public static final Duration LONGEST_LATENCY = Duration.ofSeconds(60);
    /** The longest WEBHOOK_LATE: within half a delivery lease, so that no other replica sends it meanwhile. */
    public static final Duration LONGEST_WEBHOOK_DELAY = Duration.ofSeconds(25);

    /** The switch this asks for, set at {@code now}. */
    public FaultSwitch toSwitch(Instant now) {
        if ((clientId == null) == (usagePointId == null)) {
            throw new InvalidRequest("Give exactly one of client_id and usage_point_id");
        }
        if (usagePointId != null && !usagePointId.matches(Identifiers.USAGE_POINT_ID)) {
            throw new InvalidRequest("usage_point_id: must be 14 digits");
        }
        if (kind == null) {
            throw new InvalidRequest("kind: required");
        }
        if (kind.onWebhooks() && clientId == null) {
            throw new InvalidRequest("kind: " + kind + " acts on a client's webhook deliveries: give client_id");
        }
        BigDecimal hit = share == null ? BigDecimal.ONE : share;
        if (hit.signum() < 0 || hit.compareTo(BigDecimal.ONE) > 0 || hit.scale() > 3) {
            throw new InvalidRequest("share: must be from 0 to 1, with at most 3 decimals");
        }
        if (duration == null || duration.isNegative() || duration.isZero() || duration.compareTo(LONGEST) > 0) {
            throw new InvalidRequest("duration: required, an ISO 8601 duration such as PT20S, at most PT24H");
        }
        return new FaultSwitch(UUID.randomUUID(), clientId, usagePointId, kind, hit, checkedDelay(), seed == null ? 0 : seed,
                now, now.plus(duration));
    }

    private Duration checkedDelay() {
        if (!kind.needsDelay()) {
            if (delay != null) {
                throw new InvalidRequest("delay: only LATENCY and WEBHOOK_LATE take one");
            }
            return null;
        }
        Duration longest = kind == FaultKind.LATENCY ? LONGEST_LATENCY : LONGEST_WEBHOOK_DELAY;
        if (delay == null || delay.isNegative() || delay.isZero() || delay.compareTo(longest) > 0) {
            throw new InvalidRequest("delay: required for " + kind + ", an ISO 8601 duration at most " + longest);
        }
        return delay;
    }
}
