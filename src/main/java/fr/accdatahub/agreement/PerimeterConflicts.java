package fr.accdatahub.agreement;

import fr.accdatahub.error.ApiException;

/** The 409 answers of perimeter rules, one code each. */
final class PerimeterConflicts {

    private PerimeterConflicts() {
    }

    static ApiException incomplete(String agreementId) {
        return ApiException.conflict("perimeter_incomplete", "Agreement " + agreementId
                + " must keep at least one producer and one consumer attached to be ACTIVE");
    }

    static ApiException staticTotalOver100(String agreementId) {
        return ApiException.conflict("static_total_over_100",
                "The consumers' static coefficients of " + agreementId + " would exceed 100 % on some day");
    }

    static ApiException missingStaticCoefficient(String usagePointId) {
        return ApiException.conflict("static_coefficient_required",
                "Consumer " + usagePointId + " of a STATIC agreement needs a static_coefficient");
    }
}
