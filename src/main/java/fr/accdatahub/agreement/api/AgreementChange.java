package fr.accdatahub.agreement.api;

import fr.accdatahub.agreement.domain.AgreementStatus;
import fr.accdatahub.agreement.domain.KeyType;
import jakarta.validation.constraints.Size;

/** What an operator may change on an agreement; absent fields stay as they are. */
public record AgreementChange(
        @Size(min = 1, max = 200) String name,
        AgreementStatus status,
        KeyType keyType,
        @Size(max = 200) String geographicScope) {
}
