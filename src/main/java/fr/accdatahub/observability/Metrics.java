package fr.accdatahub.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;

/**
 * The service's own metrics, next to Quarkus' HTTP ones: key steps accepted and refused (per rejection code),
 * calculation runs with their durations, and requests refused by quotas.
 */
@ApplicationScoped
public class Metrics {

    private final MeterRegistry registry;

    public Metrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * Counts a judged key step, {@code acc_key_steps_total{status}}, and the rules it broke,
     * {@code acc_key_rejections_total{code}}.
     */
    public void keyStep(String status, List<String> rejectionCodes) {
        registry.counter("acc.key.steps", "status", status).increment();
        rejectionCodes.forEach(code -> registry.counter("acc.key.rejections", "code", code).increment());
    }

    /** Times a calculation run: {@code acc_calculations_seconds{status, trigger}}. */
    public void calculation(String status, String trigger, Duration duration) {
        Timer.builder("acc.calculations").tag("status", status).tag("trigger", trigger).register(registry)
                .record(duration);
    }

    /** Counts a first definitive publication made after its due date: {@code acc_late_publications_total}. */
    public void latePublication() {
        registry.counter("acc.late.publications").increment();
    }

    /** Counts a webhook delivery attempt: {@code acc_webhook_attempts_total{outcome}} (delivered or failed). */
    public void webhookAttempt(boolean delivered) {
        registry.counter("acc.webhook.attempts", "outcome", delivered ? "delivered" : "failed").increment();
    }

    /**
     * Counts a read of published results by where it was served: {@code acc_published_reads_total{source}},
     * {@code replica}, or {@code primary} (no replica, or one that had not replayed the runs yet).
     */
    public void publishedRead(String source) {
        registry.counter("acc.published.reads", "source", source).increment();
    }

    /** Counts a request refused by a quota: {@code acc_quota_refusals_total{window}}. */
    public void quotaRefusal(String window) {
        registry.counter("acc.quota.refusals", "window", window).increment();
    }
}
