package fr.accdatahub.request.domain;

/** Why a request is refused (the anomalies of the operator's answer, §3.2.1). */
public enum Anomaly {
    /** The effective date is less than 15 business days after the request was received. */
    NOTICE_NOT_RESPECTED,
    /** The PRM is attached to another agreement on the effective date or after. */
    PRM_IN_ANOTHER_AGREEMENT,
    /** The PRM is not attached in that role on the effective date. */
    NOT_IN_PERIMETER,
    /** The consumers' static coefficients would add up to more than 100 %. */
    SUM_OVER_100,
    /** Information the request needs is missing (holder, address, injection contract, power, coefficient). */
    MISSING_INFORMATION,
    /** The key type asked for is the one in force on the effective date. */
    SAME_KEY_TYPE,
    /** A key type changes at the start of a calculation period only. */
    NOT_A_PERIOD_START,
    /** The agreement is terminated on the effective date. */
    AGREEMENT_NOT_ACTIVE
}
