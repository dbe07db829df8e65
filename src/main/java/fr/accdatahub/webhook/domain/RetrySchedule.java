package fr.accdatahub.webhook.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after the n-th failure, the n-th delay; once they are used up the delivery
 * has failed and its endpoint is failing. The default (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h: eight attempts over
 * about 27 hours) is the Standard Webhooks reference schedule.
 */
public record RetrySchedule(List<Duration> delays) {

    public RetrySchedule {
        delays = List.copyOf(delays);
    }

    /** The wait before the next attempt after {@code failures} failed ones, or empty when there is none left. */
    public Optional<Duration> after(int failures) {
        return failures >= 1 && failures <= delays.size() ? Optional.of(delays.get(failures - 1)) : Optional.empty();
    }
}
