package fr.accdatahub.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** How webhooks are delivered ({@code acc.webhook.*}). */
@ConfigMapping(prefix = "acc.webhook")
public interface WebhookSettings {

    /** How often each replica looks for deliveries to make ({@code off} stops delivering). */
    @WithDefault("1s")
    String every();

    /** The waits before each new attempt after a failed one (the Standard Webhooks schedule, about 27 hours). */
    @WithDefault("5s,5m,30m,2h,5h,10h,10h")
    List<Duration> retryDelays();

    /** How long an attempt may take, from resolving the host to the end of the answer. */
    @WithDefault("10s")
    Duration timeout();

    /** How long a replica keeps an endpoint to itself per delivery (longer than {@link #timeout()}). */
    @WithDefault("60s")
    Duration lease();

    /** How many endpoints a replica takes on per turn. */
    @WithDefault("20")
    int endpointsPerTurn();

    /** How many deliveries in a row a replica makes to one endpoint before it lets others take their turn. */
    @WithDefault("100")
    int deliveriesPerTurn();
}
