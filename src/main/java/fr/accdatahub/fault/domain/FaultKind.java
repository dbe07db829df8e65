package fr.accdatahub.fault.domain;

/** What a fault switch does to the requests (or webhook deliveries) it matches. */
public enum FaultKind {
    /** 429, as the API manager's quota (its own body under {@code acc.gateway-profile=wso2}). */
    THROTTLED,
    /** 500 {@code technical_error}, as the real gateway answers when a back end fails. */
    TECHNICAL_ERROR,
    /** 503 {@code temporarily_unavailable} with {@code Retry-After}. */
    UNAVAILABLE,
    /** The answer, {@code delay} later. */
    LATENCY,
    /** Measures (curves, energies, indicators) answer 404 {@code no_data_found}: a publication lag. */
    NO_DATA,
    /** Each webhook delivery is sent twice, with the same {@code webhook-id}. */
    WEBHOOK_DUPLICATE,
    /** Each webhook delivery is sent {@code delay} late. */
    WEBHOOK_LATE;

    /** Whether it acts on webhook deliveries (to a client) rather than on requests. */
    public boolean onWebhooks() {
        return this == WEBHOOK_DUPLICATE || this == WEBHOOK_LATE;
    }

    public boolean needsDelay() {
        return this == LATENCY || this == WEBHOOK_LATE;
    }
}
