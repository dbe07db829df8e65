package fr.accdatahub.keys.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.failure.InvalidRequest;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A JSON submission of dynamic keys. Its shape is checked here, cheaply and once (a month of keys is half a million
 * values): what is missing or of the wrong kind makes the whole request a 400; what is present but does not conform
 * to the rules is judged step by step by {@link KeyValidator}. Two formats: each key names its consumer
 * ({@code keys}), or the compact one, where {@code usage_point_ids} lists the consumers once for the request and each
 * step (or step and producer) gives its {@code coefficients} in that order.
 */
@RegisterForReflection(targets = {
    KeySubmissionRequest.class,
    KeySubmissionRequest.Step.class,
    KeySubmissionRequest.KeyValue.class,
    KeySubmissionRequest.KeyValueReader.class,
    KeySubmissionRequest.ProducerKeys.class})
public record KeySubmissionRequest(KeyType keyType, List<String> usagePointIds, List<Step> steps) {

    public KeySubmissionRequest(KeyType keyType, List<Step> steps) {
        this(keyType, null, steps);
    }

    /**
     * One step: SIMPLE keys in {@code keys} (or {@code coefficients}, compact), FULL keys per producer in
     * {@code producers} (the other absent).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(OffsetDateTime start, List<KeyValue> keys, List<ProducerKeys> producers,
            List<BigDecimal> coefficients) {

        public Step(OffsetDateTime start, List<KeyValue> keys, List<ProducerKeys> producers) {
            this(start, keys, producers, null);
        }
    }

    /** One consumer's coefficient; read by {@link KeyValueReader}, half a million of them in a month. */
    @JsonDeserialize(using = KeyValueReader.class)
    public record KeyValue(String usagePointId, BigDecimal coefficient) {
    }

    /**
     * Reads a {@link KeyValue} token by token, with what Jackson's record binding does for it (a value of another
     * kind coerced or refused as the standard readers do, an unknown field refused, each failure naming its field),
     * without its per-object creator machinery: most of a month of SIMPLE keys' parsing time went there.
     */
    public static final class KeyValueReader extends StdDeserializer<KeyValue> {

        public KeyValueReader() {
            super(KeyValue.class);
        }

        @Override
        public KeyValue deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.isExpectedStartObjectToken()) {
                return (KeyValue) context.handleUnexpectedToken(KeyValue.class, parser);
            }
            String usagePointId = null;
            BigDecimal coefficient = null;
            for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
                JsonToken value = parser.nextToken();
                try {
                    switch (field) {
                        case "usage_point_id" -> usagePointId = value == JsonToken.VALUE_STRING ? parser.getText()
                                : context.readValue(parser, String.class);
                        case "coefficient" -> coefficient = value == JsonToken.VALUE_NUMBER_INT
                                || value == JsonToken.VALUE_NUMBER_FLOAT ? parser.getDecimalValue()
                                : context.readValue(parser, BigDecimal.class);
                        default -> context.handleUnknownProperty(parser, this, KeyValue.class, field);
                    }
                } catch (JsonMappingException failure) {
                    throw field.equals("usage_point_id") || field.equals("coefficient")
                            ? JsonMappingException.wrapWithPath(failure, KeyValue.class, field) : failure;
                }
            }
            return new KeyValue(usagePointId, coefficient);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProducerKeys(String usagePointId, List<KeyValue> keys, List<BigDecimal> coefficients) {

        public ProducerKeys(String usagePointId, List<KeyValue> keys) {
            this(usagePointId, keys, null);
        }
    }

    /** Whether the request is in the compact format. */
    public boolean compact() {
        return !absent(usagePointIds);
    }

    /** The request in the format where each key names its consumer (the compact one expanded). */
    public List<Step> namedSteps() {
        if (!compact()) {
            return steps;
        }
        return steps.stream().map(step -> new Step(step.start(), named(step.coefficients()),
                step.producers() == null ? null : step.producers().stream()
                        .map(producer -> new ProducerKeys(producer.usagePointId(), named(producer.coefficients())))
                        .toList())).toList();
    }

    private List<KeyValue> named(List<BigDecimal> coefficients) {
        if (coefficients == null) {
            return null;
        }
        List<KeyValue> keys = new ArrayList<>(coefficients.size());
        for (int k = 0; k < coefficients.size(); k++) {
            keys.add(new KeyValue(usagePointIds.get(k), coefficients.get(k)));
        }
        return keys;
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
        String values = compact() ? "coefficients" : "keys";
        if (compact()) {
            for (int k = 0; k < usagePointIds.size(); k++) {
                require(usagePointIds.get(k) != null, "usage_point_ids[" + k + "] is required");
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String at = "steps[" + i + "]";
            if (step == null || step.start() == null) {
                throw new InvalidRequest(at + ".start is required");
            }
            if (full) {
                require(absent(step.keys()) && absent(step.coefficients()),
                        at + "." + values + " is for DYNAMIC_SIMPLE: give producers[]." + values);
                require(step.producers() != null && !step.producers().isEmpty(), at + ".producers is required");
                for (int p = 0; p < step.producers().size(); p++) {
                    ProducerKeys producer = step.producers().get(p);
                    String producerAt = at + ".producers[" + p + "]";
                    require(producer != null && producer.usagePointId() != null, producerAt + ".usage_point_id is required");
                    checkValues(producer.keys(), producer.coefficients(), producerAt);
                }
            } else {
                require(absent(step.producers()), at + ".producers is for DYNAMIC_FULL: give " + values);
                checkValues(step.keys(), step.coefficients(), at);
            }
        }
    }

    /** The named keys, or in the compact format the coefficients, one per consumer listed. */
    private void checkValues(List<KeyValue> keys, List<BigDecimal> coefficients, String at) {
        if (!compact()) {
            require(absent(coefficients), at + ".coefficients needs usage_point_ids: give keys, or both");
            checkKeys(keys, at + ".keys");
            return;
        }
        require(absent(keys), at + ".keys is not for the compact format (usage_point_ids): give coefficients");
        require(coefficients != null && coefficients.size() == usagePointIds.size(), at + ".coefficients must hold "
                + usagePointIds.size() + " values, one per usage_point_ids");
        for (int k = 0; k < coefficients.size(); k++) {
            require(coefficients.get(k) != null, at + ".coefficients[" + k + "] is required");
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
