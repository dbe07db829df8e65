package fr.accdatahub.simulation.domain;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
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

    private static final SerializedString OPEN = new SerializedString("[");
    private static final SerializedString COMMA = new SerializedString(",");
    private static final SerializedString CLOSE_KEY = new SerializedString("}");
    private static final SerializedString CLOSE = new SerializedString("]");
    private static final SerializedString[] PERCENTS = percents();

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
        Map<String, SerializedString> heads = new HashMap<>();
        for (Map.Entry<Instant, List<StoredKey>> step : byStep(keys).entrySet()) {
            json.writeStartObject();
            json.writeStringField("start", Paris.label(step.getKey()));
            if (full) {
                json.writeArrayFieldStart("producers");
                for (StoredKey key : step.getValue()) {
                    json.writeStartObject();
                    json.writeStringField("usage_point_id", key.producerId());
                    values(json, key, heads);
                    json.writeEndObject();
                }
                json.writeEndArray();
            } else {
                values(json, step.getValue().get(0), heads);
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /**
     * A key's {@code keys} array, written as bytes encoded once: each consumer's
     * {@code {"usage_point_id":"…","coefficient":} and each of the 10,001 coefficients are encoded a single time, so
     * a month of millions of coefficients is mostly copies (a generator writing field by field spends most of its
     * time re-encoding the same PRMs). PRMs are 14 digits: nothing to escape.
     */
    private static void values(JsonGenerator json, StoredKey key, Map<String, SerializedString> heads)
            throws IOException {
        json.writeFieldName("keys");
        json.writeRawValue(OPEN);
        for (int c = 0; c < key.consumers().length; c++) {
            if (c > 0) {
                json.writeRaw(COMMA);
            }
            json.writeRaw(heads.computeIfAbsent(key.consumers()[c], GeneratedKeys::head));
            json.writeRaw(PERCENTS[key.coefficients()[c]]);
            json.writeRaw(CLOSE_KEY);
        }
        json.writeRaw(CLOSE);
    }

    private static SerializedString head(String usagePointId) {
        return new SerializedString("{\"usage_point_id\":\"" + usagePointId + "\",\"coefficient\":");
    }

    private static SerializedString[] percents() {
        SerializedString[] percents = new SerializedString[Hundredths.WHOLE + 1];
        for (short h = 0; h <= Hundredths.WHOLE; h++) {
            percents[h] = new SerializedString(Hundredths.percent(h));
        }
        return percents;
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
