package fr.accdatahub.fault.domain;

import fr.accdatahub.failure.Failure;
import fr.accdatahub.failure.NotFound;
import fr.accdatahub.failure.TechnicalError;
import fr.accdatahub.failure.Throttled;
import fr.accdatahub.failure.Unavailable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A fault switch as set: its target (one client or one PRM), kind, share of the matching requests, delay (LATENCY and
 * WEBHOOK_LATE), seed and expiry (real time). Plain Java.
 */
public record FaultSwitch(UUID id, String clientId, String usagePointId, FaultKind kind, BigDecimal share,
        Duration delay, long seed, Instant setAt, Instant expiresAt) {

    /** Whether it acts on a request of {@code clientId} that names {@code usagePointId} (null when none). */
    public boolean matches(String callerId, String namedUsagePoint) {
        return clientId != null ? clientId.equals(callerId)
                : namedUsagePoint != null && usagePointId.equals(namedUsagePoint);
    }

    /** The refusal a request hit by this switch gets (LATENCY and the webhook kinds refuse nothing). */
    public Optional<Failure> refusal() {
        String because = " (fault switch " + kind + ")";
        return Optional.ofNullable(switch (kind) {
            case THROTTLED -> new Throttled("Message throttled out: the quota is exceeded" + because, 1);
            case TECHNICAL_ERROR -> new TechnicalError("Technical error" + because);
            case UNAVAILABLE -> new Unavailable("The service is unavailable for now" + because, 1);
            case NO_DATA -> new NotFound("no_data_found", "No definitive data published yet" + because);
            case LATENCY, WEBHOOK_DUPLICATE, WEBHOOK_LATE -> null;
        });
    }

    public boolean activeAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    /** Every matching request is hit: no need to count them. */
    public boolean hitsAll() {
        return share.compareTo(BigDecimal.ONE) >= 0;
    }

    /**
     * Whether the {@code n}th matching request (from 1, counted across replicas) is hit: a pseudo-random draw of the
     * seed and {@code n}, so that the same seed hits the same requests every time.
     */
    public boolean hits(long n) {
        if (hitsAll()) {
            return true;
        }
        double draw = new SplittableRandom(seed ^ (n * 0x9E3779B97F4A7C15L)).nextDouble();
        return draw < share.doubleValue();
    }
}
