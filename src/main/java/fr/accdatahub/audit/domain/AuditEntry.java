package fr.accdatahub.audit.domain;

import java.time.Instant;

/**
 * One write in an agreement's audit trail: when (service clock), which client of which kind, the action (method and
 * route template, never the values sent) and its outcome. No secret, token or personal data. Plain Java.
 */
public record AuditEntry(long id, Instant at, String clientId, String clientKind, String agreementId, String action,
        int status, Outcome outcome) {

    /** What came of the write, from the status answered. */
    public enum Outcome {
        /** Done (2xx): for keys, the report says which steps were accepted. */
        DONE,
        /** Refused by the rules or the caller's rights (4xx): nothing changed. */
        REFUSED,
        /** Failed on the service's side (5xx): nothing changed, or (503) applied whole or not at all. */
        FAILED;

        public static Outcome of(int status) {
            return status < 400 ? DONE : status < 500 ? REFUSED : FAILED;
        }
    }
}
