package fr.accdatahub.auth;

import fr.accdatahub.auth.domain.ClientProfile;
import fr.accdatahub.auth.domain.QuotaWindows;
import fr.accdatahub.auth.domain.QuotaWindows.HourCount;
import fr.accdatahub.auth.store.QuotaStore;
import fr.accdatahub.failure.Throttled;
import fr.accdatahub.observability.Metrics;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Request quotas per client, as the real API has them: by default 5 requests a second and 10,000 an hour
 * ({@link QuotaSettings}), or the client's own; a request over a quota answers 429 with {@code Retry-After}.
 * Counted in memory on each replica, in real time, and reconciled in PostgreSQL every
 * {@code acc.quota.reconcile-every} (the bounds of the overshoot across replicas are {@link QuotaWindows}'s).
 */
@ApplicationScoped
public class Quotas {

    private static final Logger LOG = Logger.getLogger(Quotas.class);

    private final QuotaSettings settings;
    private final Metrics metrics;
    private final QuotaStore store;
    private final QuotaWindows windows = new QuotaWindows();

    public Quotas(QuotaSettings settings, Metrics metrics, QuotaStore store) {
        this.settings = settings;
        this.metrics = metrics;
        this.store = store;
    }

    /** Counts a request and refuses it when it goes over its client's quota of the second or of the hour. */
    void check(String clientId, ClientProfile client) {
        int perSecond = client.quotaPerSecond() != null ? client.quotaPerSecond() : settings.perSecond();
        int perHour = client.quotaPerHour() != null ? client.quotaPerHour() : settings.perHour();
        long now = System.currentTimeMillis();
        switch (windows.count(clientId, perSecond, perHour, now)) {
            case OVER_SECOND -> throw refused("second", 1);
            case OVER_HOUR -> throw refused("hour", QuotaWindows.secondsLeftInHour(now));
            case ADMITTED -> { }
        }
    }

    @Scheduled(every = "${acc.quota.reconcile-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> reconcile() {
        long now = System.currentTimeMillis();
        if (windows.idle()) {
            return Uni.createFrom().voidItem();
        }
        List<HourCount> taken = windows.take(now);
        return store.reconcile(taken, QuotaWindows.hourOf(now))
                .invoke(totals -> windows.reconciled(totals, System.currentTimeMillis()))
                .onFailure().invoke(failure -> {
                    windows.failed(taken);
                    LOG.debugf("Quotas not reconciled this time: %s", failure.getMessage());
                })
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private Throttled refused(String window, int retryAfter) {
        metrics.quotaRefusal(window);
        return new Throttled("Quota of requests per " + window + " exceeded", retryAfter);
    }
}
