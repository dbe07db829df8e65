package fr.accdatahub.agreement.api;

import fr.accdatahub.agreement.domain.AgreementStatus;
import fr.accdatahub.agreement.domain.GeographicCategory;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.identifier.Identifiers;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What an operator may change on an agreement; absent fields stay as they are. A key type or a status changes from
 * {@code effective_date}: a key type's must start a calculation period and is required, a status's defaults to today.
 */
public record AgreementChange(
        @Size(min = 1, max = 200) String name,
        AgreementStatus status,
        KeyType keyType,
        @Size(max = 200) String geographicScope,
        GeographicCategory geographicCategory,
        @Pattern(regexp = Identifiers.INSEE_CODE, message = "must be an INSEE commune code, e.g. 69123 or 2A004")
        String inseeCode,
        Boolean hlm,
        LocalDate effectiveDate) {
}
