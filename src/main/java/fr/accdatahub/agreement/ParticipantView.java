package fr.accdatahub.agreement;

import com.fasterxml.jackson.annotation.JsonInclude;
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

    public static ParticipantView of(Participant participant, KeyType keyType) {
        BigDecimal coefficient = keyType == KeyType.STATIC && participant.role == Role.CONS
                ? participant.staticCoefficient
                : null;
        return new ParticipantView(participant.usagePointId, participant.role, participant.startDate,
                participant.endDate, participant.name, coefficient, participant.offpeakHours);
    }
}
