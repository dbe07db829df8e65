package fr.accdatahub.allocation;

import java.util.Arrays;

/**
 * The keys of a period, step by step, in the engine's positions, and the rules for steps without them (§4.4.2):
 * STATIC and DYNAMIC_SIMPLE keys apply to every producer; a DYNAMIC_SIMPLE step without an accepted key uses the
 * DEFAULT key; a DYNAMIC_FULL step uses the DEFAULT key when no producer has a key, and otherwise a producer without
 * one keeps its whole production as surplus; a DEFAULT agreement always uses the DEFAULT key. At a step where the
 * agreement is not ACTIVE nothing is allocated: every key is 0, so consumption is all complement and production all
 * surplus.
 * Coefficients are hundredths of a percent (5081 = 50.81 %).
 */
public final class KeyPlan {

    /** How an agreement's keys are given (its key type). */
    public enum Kind { STATIC, SIMPLE, FULL, DEFAULT }

    private static final double PER_HUNDREDTH = 1e-4;

    private final Kind kind;
    private final int producers;
    private final int consumers;
    private final short[][] shared;
    private final short[][][] perProducer;
    private final boolean[] inactive;

    public KeyPlan(Kind kind, int steps, int producers, int consumers) {
        this.kind = kind;
        this.producers = producers;
        this.consumers = consumers;
        this.shared = kind == Kind.STATIC || kind == Kind.SIMPLE ? new short[steps][] : null;
        this.perProducer = kind == Kind.FULL ? new short[steps][][] : null;
        this.inactive = new boolean[steps];
    }

    /** The agreement is not ACTIVE at this step: nothing is allocated. */
    public void setInactive(int step) {
        inactive[step] = true;
    }

    /** STATIC or SIMPLE: the step's coefficient of each consumer. */
    public void setShared(int step, short[] hundredths) {
        shared[step] = hundredths;
    }

    /** FULL: one producer's coefficients at a step. */
    public void setProducer(int step, int producer, short[] hundredths) {
        if (perProducer[step] == null) {
            perProducer[step] = new short[producers][];
        }
        perProducer[step][producer] = hundredths;
    }

    /** FULL: whether a producer has no key of its own at a step where others have (its production is surplus). */
    public boolean keyless(int step, int producer) {
        return kind == Kind.FULL && !inactive[step] && perProducer[step] != null
                && perProducer[step][producer] == null;
    }

    /**
     * Writes the step's matrix into {@code keys}; when the DEFAULT key applies, also its per-consumer coefficients
     * into {@code defaultKey}, and answers true.
     */
    public boolean fill(int step, double[] consumption, double[] keys, double[] defaultKey) {
        if (inactive[step]) {
            Arrays.fill(keys, 0);
            return false;
        }
        switch (kind) {
            case STATIC, SIMPLE -> {
                short[] row = shared[step];
                if (row == null) {
                    Keys.byConsumption(consumption, producers, defaultKey, keys);
                    return true;
                }
                for (int j = 0; j < consumers; j++) {
                    defaultKey[j] = row[j] * PER_HUNDREDTH;
                }
                Keys.replicate(defaultKey, producers, keys);
                return false;
            }
            case FULL -> {
                short[][] rows = perProducer[step];
                if (rows == null) {
                    Keys.byConsumption(consumption, producers, defaultKey, keys);
                    return true;
                }
                for (int i = 0; i < producers; i++) {
                    short[] row = rows[i];
                    if (row == null) {
                        Keys.none(i, consumers, keys);
                    } else {
                        for (int j = 0; j < consumers; j++) {
                            keys[i * consumers + j] = row[j] * PER_HUNDREDTH;
                        }
                    }
                }
                return false;
            }
            default -> {
                Keys.byConsumption(consumption, producers, defaultKey, keys);
                return true;
            }
        }
    }
}
