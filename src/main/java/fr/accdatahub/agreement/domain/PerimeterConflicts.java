package fr.accdatahub.agreement.domain;

import fr.accdatahub.failure.Conflict;

/** The 409 answers of perimeter rules, one code each. */
final class PerimeterConflicts {

    private PerimeterConflicts() {
    }

    static Conflict staticTotalOver100(String agreementId) {
        return new Conflict("static_total_over_100",
                "The consumers' static coefficients of " + agreementId + " would exceed 100 % on some day");
    }

    static Conflict missingStaticCoefficient(String usagePointId) {
        return new Conflict("static_coefficient_required",
                "Consumer " + usagePointId + " of a STATIC agreement needs a static_coefficient");
    }
}
