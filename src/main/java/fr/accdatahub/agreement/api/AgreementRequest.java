package fr.accdatahub.agreement.api;

import fr.accdatahub.agreement.domain.AgreementStatus;
import fr.accdatahub.agreement.domain.GeographicCategory;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.identifier.Identifiers;
import fr.accdatahub.request.domain.PmoRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An agreement to create. Without an id, the next free {@code ACC} number is given. Its anniversary day defaults to
 * its start's day of month (1 to 31: in a shorter month, the month's last day). Its status defaults to ACTIVE, which
 * it is from the first day its perimeter holds a producer and a consumer; SUSPENDED holds it until the operator
 * makes it ACTIVE.
 */
public record AgreementRequest(
        @Pattern(regexp = Identifiers.AGREEMENT_ID, message = "must be ACC followed by 8 digits") String agreementId,
        @NotBlank @Size(max = 200) String name,
        AgreementStatus status,
        @NotNull KeyType keyType,
        @NotNull LocalDate startDate,
        @Min(1) @Max(31) Integer anniversaryDay,
        @Size(max = 200) String geographicScope,
        GeographicCategory geographicCategory,
        @Pattern(regexp = Identifiers.INSEE_CODE, message = "must be an INSEE commune code, e.g. 69123 or 2A004")
        String inseeCode,
        Boolean hlm,
        @Valid @NotNull PmoRequest pmo) {

    public record PmoRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull @Pattern(regexp = Identifiers.SIRET, message = "must be 14 digits") String siret) {
    }
}
