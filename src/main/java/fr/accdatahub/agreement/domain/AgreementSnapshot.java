package fr.accdatahub.agreement.domain;

import java.util.List;

/**
 * An agreement with every attachment of its perimeter, read at one moment: how other features see an agreement.
 * Immutable.
 */
public record AgreementSnapshot(Agreement agreement, List<Attachment> attachments) {

    public AgreementSnapshot {
        attachments = List.copyOf(attachments);
    }

    public String id() {
        return agreement.id();
    }

    public Perimeter perimeter() {
        return new Perimeter(attachments);
    }
}
