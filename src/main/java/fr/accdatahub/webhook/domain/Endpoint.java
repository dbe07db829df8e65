package fr.accdatahub.webhook.domain;

import java.time.Instant;
import java.util.List;

/**
 * A client's webhook endpoint: where its events go, which types, and whether deliveries go on ({@code ACTIVE}) or
 * stopped once one of them used up its retries ({@code FAILING}, until the endpoint is registered again).
 */
public record Endpoint(String clientId, String url, List<String> eventTypes, Status status, Instant registeredAt,
        Instant failingSince, long undelivered) {

    public enum Status { ACTIVE, FAILING }

    public Endpoint {
        eventTypes = List.copyOf(eventTypes);
    }
}
