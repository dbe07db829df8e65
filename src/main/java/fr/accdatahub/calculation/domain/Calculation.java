package fr.accdatahub.calculation.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A run of the monthly calculation, as recorded: when, on what, with which outcome. */
public record Calculation(
        UUID calculationId,
        String agreementId,
        LocalDate periodStart,
        LocalDate periodEnd,
        Status status,
        Trigger trigger,
        boolean current,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        String keyType,
        int steps,
        int defaultSteps,
        List<UUID> submissions,
        int measuredPoints,
        int estimatedPoints,
        String failure) {

    public enum Status { COMPLETED, FAILED }

    /** Who asked for the run: the operator's endpoint, or the schedule once the key deadline has passed. */
    public enum Trigger { OPERATOR, SCHEDULE }
}
