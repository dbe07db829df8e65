package fr.accdatahub.audit;

import fr.accdatahub.agreement.AgreementService;
import fr.accdatahub.audit.domain.AuditEntry;
import fr.accdatahub.audit.store.AuditStore;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.clock.ServiceClock;
import fr.accdatahub.failure.InvalidRequest;
import fr.accdatahub.identity.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Who did what on an agreement: every write is appended (client, kind, action, outcome) and the agreement's PMO and
 * the operator read it back over any range of days, a page at a time. Kept for good: no retention purges it.
 */
@ApplicationScoped
public class AuditTrail {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    private static final Logger LOG = Logger.getLogger(AuditTrail.class);

    /** A page of entries, and the cursor of the next page (null after the last). */
    public record Page(String agreementId, LocalDate start, LocalDate end, List<AuditEntry> entries, String next) {
    }

    private final AuditStore store;
    private final AgreementService agreements;
    private final ServiceClock clock;

    public AuditTrail(AuditStore store, AgreementService agreements, ServiceClock clock) {
        this.store = store;
        this.agreements = agreements;
        this.clock = clock;
    }

    /** Appends a write the caller made (a failure to append is logged: the write itself is already answered). */
    public Uni<Void> record(Caller caller, String agreementId, String action, int status) {
        return clock.now().chain(now -> store.append(new AuditEntry(0, now, caller.clientId(), caller.role().code(),
                        agreementId, action, status, AuditEntry.Outcome.of(status))))
                .onFailure().recoverWithUni(failure -> {
                    LOG.warnf("Audit entry of %s %s by %s not written: %s", action, agreementId, caller.clientId(),
                            failure.toString());
                    return Uni.createFrom().voidItem();
                });
    }

    /**
     * The agreement's entries of the days {@code [start, end)}: for its PMO's own clients and the operator; a mandate
     * does not open it (403), another PMO's agreement is a 404.
     */
    public Uni<Page> read(Caller caller, String agreementId, LocalDate start, LocalDate end, String after,
            Integer limit) {
        if (start == null || end == null || !start.isBefore(end)) {
            throw new InvalidRequest("start and end are required days, start before end");
        }
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidRequest("limit must be from 1 to " + MAX_LIMIT);
        }
        long afterId = cursor(after);
        return agreements.requireOwn(caller, agreementId)
                .chain(() -> store.page(agreementId, StepGrid.startOf(start), StepGrid.startOf(end), afterId, size + 1)).map(entries -> new Page(agreementId, start, end, entries.subList(0, Math.min(size, entries.size())),
                entries.size() > size ? Long.toString(entries.get(size - 1).id()) : null));
    }

    private static long cursor(String after) {
        if (after == null || after.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw new InvalidRequest("after must be a cursor this endpoint gave");
        }
    }
}
