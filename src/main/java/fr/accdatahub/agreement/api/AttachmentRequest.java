package fr.accdatahub.agreement.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The operator's attachment of a PRM in one role: from {@code start}, until {@code end} (exclusive) if given. */
public record AttachmentRequest(
        @NotNull LocalDate start,
        LocalDate end,
        @NotBlank @Size(max = 200) String name,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal staticCoefficient,
        @Pattern(regexp = OFFPEAK_HOURS, message = "must be ranges HH:MM-HH:MM separated by ';'")
        String offpeakHours) {

    static final String RANGE = "([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d";
    public static final String OFFPEAK_HOURS = RANGE + "(;" + RANGE + ")*";
}
