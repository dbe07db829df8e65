package fr.accdatahub.agreement.domain;

import java.util.List;

/** An agreement's perimeter as the API shows it: the agreement on a day, and the attachments asked for, in order. */
public record PerimeterOn(AgreementOn agreement, List<Attachment> attachments) {
}
