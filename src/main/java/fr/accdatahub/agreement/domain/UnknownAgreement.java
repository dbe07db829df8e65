package fr.accdatahub.agreement.domain;

import fr.accdatahub.failure.NotFound;

/** No such agreement, or not one the caller may see: both are answered alike. */
public class UnknownAgreement extends NotFound {

    public UnknownAgreement(String agreementId) {
        super("No agreement " + agreementId);
    }
}
