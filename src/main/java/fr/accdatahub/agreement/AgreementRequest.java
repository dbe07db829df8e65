package fr.accdatahub.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An agreement to create. Without an id, the next free {@code ACC} number is given. Its status defaults to
 * SUSPENDED: it can be ACTIVE only once its perimeter holds a producer and a consumer.
 */
public record AgreementRequest(
        @Pattern(regexp = Agreement.ID_PATTERN, message = "must be ACC followed by 8 digits") String agreementId,
        @NotBlank @Size(max = 200) String name,
        AgreementStatus status,
        @NotNull KeyType keyType,
        @NotNull LocalDate startDate,
        @Min(1) @Max(28) Integer anniversaryDay,
        @Size(max = 200) String geographicScope,
        @Valid @NotNull PmoRequest pmo) {

    public record PmoRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull @Pattern(regexp = "^\\d{14}$", message = "must be 14 digits") String siret) {
    }
}
