package fr.accdatahub.webhook.domain;

import fr.accdatahub.event.domain.Event;
import java.util.UUID;

/**
 * The next delivery of an endpoint, claimed under a lease: while the lease holds no other replica delivers to that
 * endpoint, so that its events go one at a time and in order. A replica that dies leaves the lease to expire.
 */
public record Claim(String clientId, UUID lease, Target target, long eventTx, long eventSeq, int attempts,
        Event event) {

    /** The next delivery of the same endpoint under the same lease. */
    public Claim next(long tx, long seq, int nextAttempts, Event nextEvent) {
        return new Claim(clientId, lease, target, tx, seq, nextAttempts, nextEvent);
    }
}
