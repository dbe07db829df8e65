package fr.accdatahub.keys;

import fr.accdatahub.agreement.KeyType;
import fr.accdatahub.error.ApiException;

/** The 409 answers of key submissions. */
final class KeyConflicts {

    private KeyConflicts() {
    }

    static ApiException keyTypeMismatch(KeyType given, KeyType agreementType) {
        return ApiException.conflict("key_type_mismatch", "This agreement's keys are " + agreementType
                + (agreementType == KeyType.DYNAMIC_SIMPLE || agreementType == KeyType.DYNAMIC_FULL
                        ? ", not " + given
                        : ": it takes no dynamic keys"));
    }

    static ApiException idempotencyKeyReused() {
        return ApiException.conflict("idempotency_key_reused",
                "This Idempotency-Key was used for a different request");
    }
}
