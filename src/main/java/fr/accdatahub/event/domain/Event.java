package fr.accdatahub.event.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Something that happened to an agreement, as its PMO reads it: its type, when, and what. */
public record Event(UUID eventId, String type, OffsetDateTime occurredAt, String agreementId,
        Map<String, Object> data) {

    /** A submission of keys was judged: its counts. */
    public static final String KEYS_JUDGED = "repartition_keys.judged";
    /**
     * At a period's key deadline (with its first definitive version): the steps that use the default key, the
     * producers whose production goes to surplus.
     */
    public static final String KEYS_DEFAULTED = "repartition_keys.defaulted";
    /** A period's calculation was published: its period, version and status. */
    public static final String PUBLISHED = "publication.published";
    /** An attachment was made, changed or ended. */
    public static final String PERIMETER_CHANGED = "perimeter.changed";
    /** The agreement's status history changed (a decision, or a perimeter change that suspends or activates it). */
    public static final String STATUS_CHANGED = "agreement.status_changed";
    /** The operator answered a PMO's request. */
    public static final String REQUEST_ANSWERED = "request.answered";

    /** Every type, in the order the contract lists them. */
    public static final List<String> TYPES = List.of(KEYS_JUDGED, KEYS_DEFAULTED, PUBLISHED, PERIMETER_CHANGED,
            REQUEST_ANSWERED, STATUS_CHANGED);
}
