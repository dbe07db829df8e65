package fr.accdatahub.observability;

import fr.accdatahub.keys.StepReport;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
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
     * Counts a submission's steps, {@code acc_key_steps_total{status}}, and the rules they broke,
     * {@code acc_key_rejections_total{code}}.
     */
    public void keySteps(List<StepReport> steps) {
        for (StepReport step : steps) {
            registry.counter("acc.key.steps", "status", step.status().name()).increment();
            rejectionCodes(step).forEach(code -> registry.counter("acc.key.rejections", "code", code).increment());
        }
    }

    /** Times a calculation run: {@code acc_calculations_seconds{status, trigger}}. */
    public void calculation(String status, String trigger, Duration duration) {
        Timer.builder("acc.calculations").tag("status", status).tag("trigger", trigger).register(registry)
                .record(duration);
    }

    /** Counts a request refused by a quota: {@code acc_quota_refusals_total{window}}. */
    public void quotaRefusal(String window) {
        registry.counter("acc.quota.refusals", "window", window).increment();
    }

    private static List<String> rejectionCodes(StepReport step) {
        List<String> codes = new ArrayList<>();
        step.rejections().forEach(rejection -> codes.add(rejection.code().name()));
        if (step.producers() != null) {
            step.producers().forEach(producer -> producer.rejections()
                    .forEach(rejection -> codes.add(rejection.code().name())));
        }
        return codes;
    }
}
