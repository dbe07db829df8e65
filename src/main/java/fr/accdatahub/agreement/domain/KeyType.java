package fr.accdatahub.agreement.domain;

/** How an agreement's repartition keys are given (§4.1 of the convention). One type for all its producers. */
public enum KeyType {
    /** One fixed percentage per consumer, set in the perimeter (clé statique). */
    STATIC,
    /** Per step, one percentage per consumer, applied to every producer (clé dynamique simple). */
    DYNAMIC_SIMPLE,
    /** Per step and per producer, one percentage per consumer (clé dynamique complète). */
    DYNAMIC_FULL,
    /** Prorata of each consumer's consumption, computed by the operator (clé par défaut). */
    DEFAULT;

    /** Whether the PMO submits the keys step by step (dynamic keys). */
    public boolean isDynamic() {
        return this == DYNAMIC_SIMPLE || this == DYNAMIC_FULL;
    }
}
