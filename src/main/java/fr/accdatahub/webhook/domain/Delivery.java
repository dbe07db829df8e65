package fr.accdatahub.webhook.domain;

import java.time.Instant;
import java.util.UUID;

/** One event sent (or to send) to an endpoint, with the outcome of its last attempt. */
public record Delivery(UUID eventId, String type, String agreementId, Status status, int attempts, Instant queuedAt,
        Instant nextAttemptAt, Instant lastAttemptAt, Integer lastStatusCode, String lastError, Instant deliveredAt) {

    public enum Status { PENDING, DELIVERED, FAILED }
}
