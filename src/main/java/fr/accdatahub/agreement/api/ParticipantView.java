package fr.accdatahub.agreement.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.agreement.domain.MasterData;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calendar.SupplierCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One attachment as the API shows it; {@code end} is null while open, the static coefficient only while the key type
 * is STATIC, the master data (annex 2) where known.
 */
public record ParticipantView(
        String usagePointId,
        Role role,
        LocalDate start,
        LocalDate end,
        String name,
        @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal staticCoefficient,
        String offpeakHours,
        @JsonInclude(JsonInclude.Include.NON_NULL) String holderName,
        @JsonInclude(JsonInclude.Include.NON_NULL) String address,
        @JsonInclude(JsonInclude.Include.NON_NULL) String siret,
        @JsonInclude(JsonInclude.Include.NON_NULL) String rna,
        @JsonInclude(JsonInclude.Include.NON_NULL) String email,
        @JsonInclude(JsonInclude.Include.NON_NULL) String injectionContractRef,
        @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal installedPowerKva,
        @JsonInclude(JsonInclude.Include.NON_NULL) SupplierCalendar supplierCalendar) {

    public static ParticipantView of(Attachment attachment, KeyType keyType) {
        BigDecimal coefficient = keyType == KeyType.STATIC && attachment.role() == Role.CONS
                ? attachment.staticCoefficient()
                : null;
        MasterData data = attachment.masterData();
        return new ParticipantView(attachment.usagePointId(), attachment.role(), attachment.period().start(),
                attachment.period().end(), attachment.name(), coefficient, attachment.offpeakHours(),
                data.holderName(), data.address(), data.siret(), data.rna(), data.email(), data.injectionContractRef(),
                data.installedPowerKva(), attachment.role() == Role.CONS ? attachment.calendar() : null);
    }
}
