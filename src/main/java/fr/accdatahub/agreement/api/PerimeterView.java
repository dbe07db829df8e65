package fr.accdatahub.agreement.api;

import java.util.List;

public record PerimeterView(String agreementId, List<ParticipantView> participants) {
}
