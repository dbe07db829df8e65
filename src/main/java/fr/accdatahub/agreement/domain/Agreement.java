package fr.accdatahub.agreement.domain;

import java.time.LocalDate;

/** An ACC operation, bound by one convention ({@code ACC} + 8 digits), as the rules and the API read it. */
public record Agreement(
        String id,
        String name,
        AgreementStatus status,
        KeyType keyType,
        LocalDate startDate,
        int anniversaryDay,
        String geographicScope,
        Pmo pmo) {

    /** Personne Morale Organisatrice: the legal entity that organises the operation, known by its SIRET. */
    public record Pmo(String name, String siret) {
    }
}
