package fr.accdatahub.agreement.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.agreement.domain.Role;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One attachment as the API shows it; {@code end} is null while open, the static coefficient only for STATIC. */
public record ParticipantView(
        String usagePointId,
        Role role,
        LocalDate start,
        LocalDate end,
        String name,
        @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal staticCoefficient,
        String offpeakHours) {

    public static ParticipantView of(Attachment attachment, KeyType keyType) {
        BigDecimal coefficient = keyType == KeyType.STATIC && attachment.role() == Role.CONS
                ? attachment.staticCoefficient()
                : null;
        return new ParticipantView(attachment.usagePointId(), attachment.role(), attachment.period().start(),
                attachment.period().end(), attachment.name(), coefficient, attachment.offpeakHours());
    }
}
