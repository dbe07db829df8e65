package fr.accdatahub.keys.domain;

import fr.accdatahub.keys.domain.KeySubmissionRequest.KeyValue;
import fr.accdatahub.keys.domain.KeySubmissionRequest.ProducerKeys;
import java.time.OffsetDateTime;
import java.util.List;

/** One step as submitted, from JSON or from a file line: SIMPLE keys, or FULL keys per producer. */
public record SubmittedStep(OffsetDateTime start, Integer line, List<KeyValue> keys, List<ProducerKeys> producers) {

    /** A file's step of SIMPLE-shaped keys as one producer's FULL keys. */
    public SubmittedStep ofProducer(String producer) {
        return new SubmittedStep(start, line, null, List.of(new ProducerKeys(producer, keys)));
    }

    public static List<SubmittedStep> of(KeySubmissionRequest request) {
        return request.namedSteps().stream()
                .map(step -> new SubmittedStep(step.start(), null, step.keys(), step.producers()))
                .toList();
    }
}
