package fr.accdatahub.agreement.api;

import fr.accdatahub.agreement.domain.MasterData;
import fr.accdatahub.calendar.SupplierCalendar;
import fr.accdatahub.identifier.Identifiers;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The operator's attachment of a PRM in one role: from {@code start}, until {@code end} (exclusive) if given, with the
 * participant's master data (annex 2), all optional.
 */
public record AttachmentRequest(
        @NotNull LocalDate start,
        LocalDate end,
        @NotBlank @Size(max = 200) String name,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal staticCoefficient,
        @Pattern(regexp = OFFPEAK_HOURS, message = "must be ranges HH:MM-HH:MM separated by ';'")
        String offpeakHours,
        @Size(min = 1, max = 200) String holderName,
        @Size(min = 1, max = 500) String address,
        @Pattern(regexp = Identifiers.SIRET, message = "must be 14 digits") String siret,
        @Pattern(regexp = Identifiers.RNA, message = "must be W followed by 9 digits") String rna,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = Identifiers.INJECTION_CONTRACT, message = "must be 10 digits") String injectionContractRef,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 7, fraction = 2) BigDecimal installedPowerKva,
        SupplierCalendar supplierCalendar) {

    /** An attachment without master data. */
    public AttachmentRequest(LocalDate start, LocalDate end, String name, BigDecimal staticCoefficient,
            String offpeakHours) {
        this(start, end, name, staticCoefficient, offpeakHours, null, null, null, null, null, null, null, null);
    }

    public MasterData masterData() {
        return new MasterData(holderName, address, siret, rna, email, injectionContractRef, installedPowerKva);
    }

    static final String RANGE = "([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d";
    public static final String OFFPEAK_HOURS = RANGE + "(;" + RANGE + ")*";
}
