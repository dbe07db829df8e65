package fr.accdatahub.keys.domain;

import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.failure.Conflict;

/** The 409 answers of key submissions. */
public final class KeyConflicts {

    private KeyConflicts() {
    }

    public static Conflict keyTypeMismatch(KeyType given, KeyType agreementType) {
        return new Conflict("key_type_mismatch", "This agreement's keys are " + agreementType
                + (agreementType.isDynamic()
                        ? ", not " + given
                        : ": it takes no dynamic keys"));
    }

    public static Conflict fileOfSimpleKeys(KeyType agreementType) {
        return new Conflict("key_type_mismatch",
                "Annex 5 files carry DYNAMIC_SIMPLE keys; this agreement's keys are " + agreementType);
    }

    /** A file sent for one producer ({@code ?producer=}) carries that producer's FULL keys. */
    public static Conflict fileOfProducerKeys(KeyType agreementType) {
        return new Conflict("key_type_mismatch", "An annex 5 file for a producer carries its DYNAMIC_FULL keys; "
                + "this agreement's keys are " + agreementType);
    }

    public static Conflict idempotencyKeyReused() {
        return new Conflict("idempotency_key_reused",
                "This Idempotency-Key was used for a different request");
    }
}
