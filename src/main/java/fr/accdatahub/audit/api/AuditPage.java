package fr.accdatahub.audit.api;

import fr.accdatahub.audit.AuditTrail;
import fr.accdatahub.audit.domain.AuditEntry;
import fr.accdatahub.calendar.Paris;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A page of an agreement's audit trail, times in Paris. */
public record AuditPage(String agreementId, LocalDate start, LocalDate end, List<Entry> entries, String next) {

    public record Entry(OffsetDateTime at, String clientId, String clientKind, String action, int status,
            AuditEntry.Outcome outcome) {
    }

    static AuditPage of(AuditTrail.Page page) {
        return new AuditPage(page.agreementId(), page.start(), page.end(), page.entries().stream()
                .map(e -> new Entry(Paris.local(e.at()), e.clientId(), e.clientKind(), e.action(), e.status(),
                        e.outcome())).toList(), page.next());
    }
}
