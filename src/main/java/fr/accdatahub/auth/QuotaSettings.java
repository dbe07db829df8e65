package fr.accdatahub.auth;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** The default request quotas of a client ({@code acc.quota.*}); a client may have its own. */
@ConfigMapping(prefix = "acc.quota")
public interface QuotaSettings {

    /** Requests a client may make in a calendar second. */
    int perSecond();

    /** Requests a client may make in a calendar hour. */
    int perHour();

    /**
     * How often each replica adds its counts to the cluster's. Mapped so that a malformed value fails the start;
     * the schedule of {@link Quotas} reads the same property.
     */
    Duration reconcileEvery();
}
