package fr.accdatahub.agreement.api;

import fr.accdatahub.agreement.domain.Agreement;
import fr.accdatahub.agreement.domain.AgreementStatus;
import fr.accdatahub.agreement.domain.KeyType;
import java.time.LocalDate;

/** An agreement as the API shows it. */
public record AgreementView(
        String agreementId,
        String name,
        AgreementStatus status,
        KeyType keyType,
        LocalDate startDate,
        int anniversaryDay,
        PmoView pmo,
        String geographicScope) {

    public record PmoView(String name, String siret) {
    }

    public static AgreementView of(Agreement agreement) {
        return new AgreementView(agreement.id(), agreement.name(), agreement.status(), agreement.keyType(),
                agreement.startDate(), agreement.anniversaryDay(),
                new PmoView(agreement.pmo().name(), agreement.pmo().siret()), agreement.geographicScope());
    }
}
