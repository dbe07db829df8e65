package fr.accdatahub.keys.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** What became of one step of a submission. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@RegisterForReflection(targets = {
    StepReport.class,
    StepReport.Rejection.class,
    StepReport.ProducerReport.class})
public record StepReport(
        OffsetDateTime start,
        Integer line,
        Status status,
        List<Rejection> rejections,
        List<ProducerReport> producers) {

    /** The codes of every rule the step broke, its producers' included. */
    public List<String> rejectionCodes() {
        List<String> codes = new ArrayList<>();
        rejections.forEach(rejection -> codes.add(rejection.code().name()));
        if (producers != null) {
            producers.forEach(producer -> producer.rejections()
                    .forEach(rejection -> codes.add(rejection.code().name())));
        }
        return codes;
    }

    public enum Status {
        ACCEPTED,
        /** FULL only: some producers' keys were accepted, others refused. */
        PARTIALLY_ACCEPTED,
        REJECTED
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rejection(RejectionCode code, String message, String usagePointId) {
    }

    /** FULL: what became of one producer's keys in the step. */
    public record ProducerReport(String usagePointId, Status status, List<Rejection> rejections) {
    }
}
