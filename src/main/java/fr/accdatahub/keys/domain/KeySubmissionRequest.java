package fr.accdatahub.keys.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.failure.InvalidRequest;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A JSON submission of dynamic keys. Its shape is checked here, cheaply and once (a month of keys is half a million
 * values): what is missing or of the wrong kind makes the whole request a 400; what is present but does not conform
 * to the rules is judged step by step by {@link KeyValidator}.
 */
@RegisterForReflection(targets = {
    KeySubmissionRequest.class,
    KeySubmissionRequest.Step.class,
    KeySubmissionRequest.KeyValue.class,
    KeySubmissionRequest.ProducerKeys.class})
public record KeySubmissionRequest(KeyType keyType, List<Step> steps) {

    /** One step: SIMPLE keys in {@code keys}, FULL keys per producer in {@code producers} (the other absent). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(OffsetDateTime start, List<KeyValue> keys, List<ProducerKeys> producers) {
    }

    public record KeyValue(String usagePointId, BigDecimal coefficient) {
    }

    public record ProducerKeys(String usagePointId, List<KeyValue> keys) {
    }

    /** The local day of the first step, when there is one with a start. */
    public Optional<LocalDate> firstDay() {
        return steps == null || steps.isEmpty() || steps.get(0) == null || steps.get(0).start() == null
                ? Optional.empty()
                : Optional.of(Paris.day(steps.get(0).start().toInstant()));
    }

    /** Checks the request's shape for an agreement of {@code agreementType}: a 400 or 409 when it does not fit. */
    public void checkShape(KeyType agreementType) {
        if (keyType == null) {
            throw new InvalidRequest("key_type is required");
        }
        if (keyType != agreementType) {
            throw KeyConflicts.keyTypeMismatch(keyType, agreementType);
        }
        if (steps == null || steps.isEmpty()) {
            throw new InvalidRequest("steps must hold at least one step");
        }
        boolean full = keyType == KeyType.DYNAMIC_FULL;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String at = "steps[" + i + "]";
            if (step == null || step.start() == null) {
                throw new InvalidRequest(at + ".start is required");
            }
            if (full) {
                require(absent(step.keys()), at + ".keys is for DYNAMIC_SIMPLE: give producers[].keys");
                require(step.producers() != null && !step.producers().isEmpty(), at + ".producers is required");
                for (int p = 0; p < step.producers().size(); p++) {
                    ProducerKeys producer = step.producers().get(p);
                    String producerAt = at + ".producers[" + p + "]";
                    require(producer != null && producer.usagePointId() != null, producerAt + ".usage_point_id is required");
                    checkKeys(producer.keys(), producerAt + ".keys");
                }
            } else {
                require(absent(step.producers()), at + ".producers is for DYNAMIC_FULL: give keys");
                checkKeys(step.keys(), at + ".keys");
            }
        }
    }

    /** The other key type's list is absent, or empty as generated clients send it. */
    private static boolean absent(List<?> list) {
        return list == null || list.isEmpty();
    }

    private static void checkKeys(List<KeyValue> keys, String at) {
        require(keys != null, at + " is required");
        for (int k = 0; k < keys.size(); k++) {
            KeyValue key = keys.get(k);
            require(key != null && key.usagePointId() != null, at + "[" + k + "].usage_point_id is required");
            require(key.coefficient() != null, at + "[" + k + "].coefficient is required");
        }
    }

    private static void require(boolean condition, String description) {
        if (!condition) {
            throw new InvalidRequest(description);
        }
    }
}
