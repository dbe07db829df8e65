package fr.accdatahub.simulation.domain;

import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.keys.domain.KeyConflicts;
import fr.accdatahub.keys.domain.KeyFileWriter;
import fr.accdatahub.keys.domain.KeySubmissionRequest;
import fr.accdatahub.keys.domain.StoredKey;
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

    /** The submission body: {@code key_type} and {@code steps}, nothing else. */
    public static KeySubmissionRequest body(KeyType keyType, List<StoredKey> keys) {
        Map<Instant, List<StoredKey>> byStep = byStep(keys);
        List<KeySubmissionRequest.Step> steps = new ArrayList<>(byStep.size());
        byStep.forEach((step, ofStep) -> {
            if (keyType == KeyType.DYNAMIC_FULL) {
                steps.add(new KeySubmissionRequest.Step(Paris.local(step), null, ofStep.stream()
                        .map(key -> new KeySubmissionRequest.ProducerKeys(key.producerId(), values(key))).toList()));
            } else {
                steps.add(new KeySubmissionRequest.Step(Paris.local(step), values(ofStep.get(0)), null));
            }
        });
        return new KeySubmissionRequest(keyType, steps);
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
            Map<String, BigDecimal> cells = new HashMap<>();
            values(ofStep.get(0)).forEach(value -> cells.put(value.usagePointId(), value.coefficient()));
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

    private static List<KeySubmissionRequest.KeyValue> values(StoredKey key) {
        List<KeySubmissionRequest.KeyValue> values = new ArrayList<>(key.consumers().length);
        for (int c = 0; c < key.consumers().length; c++) {
            values.add(new KeySubmissionRequest.KeyValue(key.consumers()[c],
                    BigDecimal.valueOf(key.coefficients()[c], 2)));
        }
        return values;
    }
}
