package fr.accdatahub.request.domain;

import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.failure.InvalidRequest;
import fr.accdatahub.identifier.Identifiers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A PMO's request, as sent: its type, its effective date, and what the type needs (a participant to enter, a PRM and
 * role to leave, a key type, consumers' coefficients). What is malformed is a 400 and stores nothing; what is missing
 * of a participant's master data is an anomaly of the answer.
 */
public record ChangeRequest(
        @NotNull RequestType type,
        @NotNull LocalDate effectiveDate,
        @Valid NewParticipant participant,
        @Pattern(regexp = Identifiers.USAGE_POINT_ID, message = "must be 14 digits") String usagePointId,
        Role role,
        KeyType keyType,
        @Size(min = 1, max = 10_000) List<@Valid @NotNull Coefficient> coefficients) {

    /** An empty list of coefficients counts as absent, as generated clients send one with every type. */
    public ChangeRequest {
        coefficients = coefficients == null || coefficients.isEmpty() ? null : coefficients;
    }

    /** A participant to attach, with its annex 2 master data. */
    public record NewParticipant(
            @NotNull @Pattern(regexp = Identifiers.USAGE_POINT_ID, message = "must be 14 digits") String usagePointId,
            @NotNull Role role,
            @Size(min = 1, max = 200) String holderName,
            @Size(min = 1, max = 500) String address,
            @Size(min = 1, max = 200) String name,
            @Pattern(regexp = Identifiers.SIRET, message = "must be 14 digits") String siret,
            @Pattern(regexp = Identifiers.RNA, message = "must be W followed by 9 digits") String rna,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = Identifiers.INJECTION_CONTRACT, message = "must be 10 digits")
            String injectionContractRef,
            @DecimalMin(value = "0", inclusive = false) @Digits(integer = 7, fraction = 2)
            BigDecimal installedPowerKva,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal staticCoefficient) {
    }

    /** A consumer's new static coefficient, a percentage. */
    public record Coefficient(
            @NotNull @Pattern(regexp = Identifiers.USAGE_POINT_ID, message = "must be 14 digits") String usagePointId,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal coefficient) {
    }

    /** Checks that the request carries what its type needs, and nothing of another type's: a 400 otherwise. */
    public void checkShape() {
        require(type != RequestType.PARTICIPANT_ENTRY || participant != null, "participant is required");
        require(type != RequestType.PARTICIPANT_EXIT || (usagePointId != null && role != null),
                "usage_point_id and role are required");
        require(type != RequestType.KEY_TYPE_CHANGE || keyType != null, "key_type is required");
        require(type != RequestType.STATIC_COEFFICIENTS_CHANGE || coefficients != null, "coefficients is required");
        require(participant == null || type == RequestType.PARTICIPANT_ENTRY, "participant is for PARTICIPANT_ENTRY");
        require((usagePointId == null && role == null) || type == RequestType.PARTICIPANT_EXIT,
                "usage_point_id and role are for PARTICIPANT_EXIT");
        require(keyType == null || type == RequestType.KEY_TYPE_CHANGE, "key_type is for KEY_TYPE_CHANGE");
        require(coefficients == null || type == RequestType.STATIC_COEFFICIENTS_CHANGE,
                "coefficients is for STATIC_COEFFICIENTS_CHANGE");
    }

    private static void require(boolean condition, String description) {
        if (!condition) {
            throw new InvalidRequest(description);
        }
    }
}
