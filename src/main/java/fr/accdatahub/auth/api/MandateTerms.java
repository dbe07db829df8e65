package fr.accdatahub.auth.api;

import fr.accdatahub.auth.domain.Mandate;
import fr.accdatahub.identity.MandateScope;
import java.time.LocalDate;
import java.util.Set;

/**
 * A mandate's terms as the operator gives them: valid on the days {@code [from, to)} of the service clock (absent:
 * since it is made, open-ended), for its {@code scopes} (absent: read and submit). No body at all means the same.
 */
public record MandateTerms(LocalDate from, LocalDate to, Set<MandateScope> scopes) {

    public Mandate of(String agreementId) {
        return new Mandate(agreementId, from, to, scopes);
    }

    public static Mandate openEnded(String agreementId) {
        return new Mandate(agreementId, null, null, Mandate.BOTH);
    }
}
