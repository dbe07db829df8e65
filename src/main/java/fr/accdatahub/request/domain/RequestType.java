package fr.accdatahub.request.domain;

/** What a PMO asks the operator for (convention §3.2.1, §4.2, §4.3.1). */
public enum RequestType {
    /** A participant joins (entrée d'un participant). */
    PARTICIPANT_ENTRY,
    /** A participant leaves (sortie d'un participant). */
    PARTICIPANT_EXIT,
    /** The key type changes, from the start of a calculation period. */
    KEY_TYPE_CHANGE,
    /** Consumers' static coefficients change. */
    STATIC_COEFFICIENTS_CHANGE
}
