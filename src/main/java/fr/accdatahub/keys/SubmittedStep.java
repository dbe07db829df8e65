package fr.accdatahub.keys;

import fr.accdatahub.keys.KeySubmissionRequest.KeyValue;
import fr.accdatahub.keys.KeySubmissionRequest.ProducerKeys;
import java.time.OffsetDateTime;
import java.util.List;

/** One step as submitted, from JSON or from a file line: SIMPLE keys, or FULL keys per producer. */
public record SubmittedStep(OffsetDateTime start, Integer line, List<KeyValue> keys, List<ProducerKeys> producers) {

    static List<SubmittedStep> of(KeySubmissionRequest request) {
        return request.steps().stream()
                .map(step -> new SubmittedStep(step.start(), null, step.keys(), step.producers()))
                .toList();
    }
}
