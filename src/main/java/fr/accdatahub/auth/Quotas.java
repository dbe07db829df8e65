package fr.accdatahub.auth;

import fr.accdatahub.error.ApiException;
import fr.accdatahub.error.ErrorCodes;
import fr.accdatahub.observability.Metrics;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Request quotas per client, as the real API has them: by default 5 requests a second and 10,000 an hour
 * ({@code acc.quota.per-second}, {@code acc.quota.per-hour}), or the client's own. Requests are counted in
 * PostgreSQL, so that the quotas hold across replicas; a request over a quota answers 429 with {@code Retry-After}.
 */
@ApplicationScoped
public class Quotas {

    private final int perSecond;
    private final int perHour;
    private final Metrics metrics;

    public Quotas(@ConfigProperty(name = "acc.quota.per-second") int perSecond,
            @ConfigProperty(name = "acc.quota.per-hour") int perHour, Metrics metrics) {
        this.perSecond = perSecond;
        this.perHour = perHour;
        this.metrics = metrics;
    }

    /** Refuses a request that goes over its client's quota of the second or of the hour. */
    void check(Integer clientPerSecond, Integer clientPerHour, Integer secondRequests, Integer hourRequests,
            int secondsLeftInHour) {
        if (secondRequests != null && secondRequests > (clientPerSecond != null ? clientPerSecond : perSecond)) {
            throw refused("second", 1);
        }
        if (hourRequests != null && hourRequests > (clientPerHour != null ? clientPerHour : perHour)) {
            throw refused("hour", Math.max(1, secondsLeftInHour));
        }
    }

    private ApiException refused(String window, int retryAfter) {
        metrics.quotaRefusal(window);
        return new ApiException(429, ErrorCodes.TOO_MANY_REQUESTS, "Quota of requests per " + window + " exceeded",
                Map.of("Retry-After", String.valueOf(retryAfter)));
    }
}
