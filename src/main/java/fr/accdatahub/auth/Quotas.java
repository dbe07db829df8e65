package fr.accdatahub.auth;

import fr.accdatahub.auth.store.CallerStore.ClientState;
import fr.accdatahub.failure.TooManyRequests;
import fr.accdatahub.observability.Metrics;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Request quotas per client, as the real API has them: by default 5 requests a second and 10,000 an hour
 * ({@link QuotaSettings}), or the client's own. Requests are counted in PostgreSQL, so that the quotas hold across
 * replicas; a request over a quota answers 429 with {@code Retry-After}.
 */
@ApplicationScoped
public class Quotas {

    private final QuotaSettings settings;
    private final Metrics metrics;

    public Quotas(QuotaSettings settings, Metrics metrics) {
        this.settings = settings;
        this.metrics = metrics;
    }

    /** Refuses a request that goes over its client's quota of the second or of the hour. */
    void check(ClientState client) {
        int perSecond = client.quotaPerSecond() != null ? client.quotaPerSecond() : settings.perSecond();
        int perHour = client.quotaPerHour() != null ? client.quotaPerHour() : settings.perHour();
        if (client.secondRequests() != null && client.secondRequests() > perSecond) {
            throw refused("second", 1);
        }
        if (client.hourRequests() != null && client.hourRequests() > perHour) {
            throw refused("hour", Math.max(1, client.secondsLeftInHour()));
        }
    }

    private TooManyRequests refused(String window, int retryAfter) {
        metrics.quotaRefusal(window);
        return new TooManyRequests("Quota of requests per " + window + " exceeded", retryAfter);
    }
}
