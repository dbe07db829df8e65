package fr.accdatahub.simulation.domain;

import com.fasterxml.jackson.core.JsonGenerator;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.keys.domain.KeyConflicts;
import fr.accdatahub.keys.domain.KeyFileWriter;
import fr.accdatahub.keys.domain.StoredKey;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Generated keys written as what a PMO sends: a submission's JSON body, or an annex 5 file (SIMPLE keys). */
public final class GeneratedKeys {

    private GeneratedKeys() {
    }

    /**
     * The submission body, {@code key_type} and {@code steps} and nothing else, streamed: a FULL month holds millions
     * of coefficients, never held as objects.
     */
    public static void write(JsonGenerator json, KeyType keyType, List<StoredKey> keys) throws IOException {
        json.writeStartObject();
        json.writeStringField("key_type", keyType.name());
        json.writeArrayFieldStart("steps");
        boolean full = keyType == KeyType.DYNAMIC_FULL;
        for (Map.Entry<Instant, List<StoredKey>> step : byStep(keys).entrySet()) {
            json.writeStartObject();
            json.writeStringField("start", Paris.label(step.getKey()));
            if (full) {
                json.writeArrayFieldStart("producers");
                for (StoredKey key : step.getValue()) {
                    json.writeStartObject();
                    json.writeStringField("usage_point_id", key.producerId());
                    values(json, key);
                    json.writeEndObject();
                }
                json.writeEndArray();
            } else {
                values(json, step.getValue().get(0));
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void values(JsonGenerator json, StoredKey key) throws IOException {
        json.writeArrayFieldStart("keys");
        for (int c = 0; c < key.consumers().length; c++) {
            json.writeStartObject();
            json.writeStringField("usage_point_id", key.consumers()[c]);
            json.writeFieldName("coefficient");
            json.writeNumber(Hundredths.percent(key.coefficients()[c]));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The annex 5 file, with its conventional name: the keys of DYNAMIC_SIMPLE agreements only (else a 409). */
    public static Map.Entry<String, String> file(String agreementId, KeyType keyType, Days days, int stepMinutes,
            List<StoredKey> keys) {
        if (keyType != KeyType.DYNAMIC_SIMPLE) {
            throw KeyConflicts.fileOfSimpleKeys(keyType);
        }
        TreeSet<String> consumers = new TreeSet<>();
        keys.forEach(key -> consumers.addAll(List.of(key.consumers())));
        KeyFileWriter file = new KeyFileWriter(List.copyOf(consumers));
        byStep(keys).forEach((step, ofStep) -> {
            StoredKey key = ofStep.get(0);
            Map<String, BigDecimal> cells = new HashMap<>();
            for (int c = 0; c < key.consumers().length; c++) {
                cells.put(key.consumers()[c], BigDecimal.valueOf(key.coefficients()[c], 2));
            }
            file.line(step, cells);
        });
        return Map.entry(KeyFileWriter.name(agreementId, stepMinutes, days.start(), days.end().minusDays(1)),
                file.text());
    }

    private static Map<Instant, List<StoredKey>> byStep(List<StoredKey> keys) {
        Map<Instant, List<StoredKey>> byStep = new LinkedHashMap<>();
        keys.forEach(key -> byStep.computeIfAbsent(key.step(), step -> new ArrayList<>()).add(key));
        return byStep;
    }
}
