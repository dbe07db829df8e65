package fr.accdatahub.agreement;

import java.util.List;

public record PerimeterView(String agreementId, List<ParticipantView> participants) {
}
