package fr.accdatahub.request.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A PMO's request as kept: what was asked, when, by whom, and its answer. */
public record PmoRequest(UUID id, String agreementId, String clientId, RequestType type, RequestStatus status,
        Instant receivedAt, LocalDate effectiveDate, LocalDate answerDue, Instant answeredAt, Set<Anomaly> anomalies,
        ChangeRequest change) {

    /** The request with its answer. */
    public PmoRequest answered(RequestStatus answer, Set<Anomaly> reasons, Instant at) {
        return new PmoRequest(id, agreementId, clientId, type, answer, receivedAt, effectiveDate, answerDue, at,
                reasons, change);
    }
}
