package fr.accdatahub.agreement.domain;

import java.time.LocalDate;

/** An agreement as it was on a day: the day its key type and status are read on. */
public record AgreementOn(Agreement agreement, LocalDate day) {

    public KeyType keyType() {
        return agreement.keyType(day);
    }

    public AgreementStatus status() {
        return agreement.status(day);
    }
}
