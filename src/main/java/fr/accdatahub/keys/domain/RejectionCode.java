package fr.accdatahub.keys.domain;

/** Why a step (SIMPLE) or a step's producer (FULL) was refused. A step may carry several. */
public enum RejectionCode {
    /** The coefficients add up to more than 100 %. */
    SUM_OVER_100,
    /** A coefficient outside [0, 100]. */
    VALUE_OUT_OF_RANGE,
    /** A coefficient with more than 2 decimals. */
    TOO_MANY_DECIMALS,
    /** A consumer attached at that step has no coefficient. */
    MISSING_CONSUMER,
    /** A PRM that is not a consumer attached at that step. */
    NOT_IN_PERIMETER,
    /** A PRM named twice. */
    DUPLICATE_USAGE_POINT,
    /** FULL: the producer named is not a producer attached at that step. */
    NOT_A_PRODUCER,
    /** The start is not on the step grid (30 min before 2024-10-01, 15 min after). */
    STEP_MISALIGNED,
    /** The same step twice in one submission. */
    DUPLICATE_STEP,
    /** The step is before the agreement's start. */
    OUTSIDE_AGREEMENT,
    /** The agreement is not ACTIVE on the step's day (SUSPENDED or TERMINATED). */
    AGREEMENT_NOT_ACTIVE,
    /** The submission window of the step's calculation period has closed. */
    DEADLINE_PASSED
}
