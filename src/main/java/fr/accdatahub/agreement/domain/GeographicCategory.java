package fr.accdatahub.agreement.domain;

/** Which geographic criterion an operation meets (annex 1): one building, an extended perimeter, a derogation. */
public enum GeographicCategory {
    /** Within one building (opération au sein d'un même bâtiment). */
    SAME_BUILDING,
    /** An extended operation within the standard distance. */
    EXTENDED_STANDARD,
    /** An extended operation within the larger distance allowed to renewable production. */
    EXTENDED_RENEWABLE,
    /** Beyond those distances by ministerial derogation. */
    DEROGATION,
    /** Beyond them by derogation, with renewable production. */
    DEROGATION_RENEWABLE
}
