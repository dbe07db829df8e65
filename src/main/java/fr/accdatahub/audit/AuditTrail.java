package fr.accdatahub.audit;

import fr.accdatahub.agreement.AgreementService;
import fr.accdatahub.audit.domain.AuditEntry;
import fr.accdatahub.audit.store.AuditStore;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.clock.ServiceClock;
import fr.accdatahub.failure.InvalidRequest;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.web.Params;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Who did what on an agreement: every write is appended (client, kind, action, outcome) and the agreement's PMO and
 * the operator read it back over any range of days, a page at a time. Kept for good: no retention purges it.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Duration LONGEST_WAIT = Duration.ofSeconds(2);

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

    /**
     * Appends a write the caller made: on its agreement, or (a change of the client's own, its webhook) on every
     * agreement it may read, whose PMO it concerns. Bounded: a failure or a wait over {@link #LONGEST_WAIT} is logged,
     * the write itself being answered already.
     */
    public Uni<Void> record(Caller caller, String agreementId, String action, int status) {
        Uni<List<String>> concerned = agreementId != null ? Uni.createFrom().item(List.of(agreementId))
                : agreements.visibleIds(caller);
        return concerned.chain(ids -> clock.now().chain(now -> store.append(ids.stream().map(id -> new AuditEntry(0,
                        now, caller.clientId(), caller.role().code(), id, action, status, AuditEntry.Outcome.of(status)))
                        .toList())))
                .ifNoItem().after(LONGEST_WAIT).failWith(() -> new TimeoutException("no answer within " + LONGEST_WAIT))
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
        int size = Params.pageSize(limit);
        AuditStore.Position afterPosition = cursor(after);
        return agreements.requireOwn(caller, agreementId)
                .chain(() -> store.page(agreementId, StepGrid.startOf(start), StepGrid.startOf(end), afterPosition,
                        size + 1))
                .map(entries -> new Page(agreementId, start, end, entries.subList(0, Math.min(size, entries.size())),
                        entries.size() > size ? cursorOf(entries.get(size - 1)) : null));
    }

    /** A page's cursor: its last entry's instant (epoch microseconds) and id, opaque to clients. */
    private static String cursorOf(AuditEntry last) {
        long micros = Math.addExact(Math.multiplyExact(last.at().getEpochSecond(), 1_000_000L),
                last.at().getNano() / 1_000);
        return micros + "." + last.id();
    }

    private static AuditStore.Position cursor(String after) {
        if (after == null || after.isEmpty()) {
            return null;
        }
        String[] parts = after.split("\\.");
        try {
            if (parts.length != 2) {
                throw new NumberFormatException(after);
            }
            long micros = Long.parseLong(parts[0]);
            return new AuditStore.Position(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), Long.parseLong(parts[1]));
        } catch (NumberFormatException | ArithmeticException | DateTimeException e) {
            throw new InvalidRequest("after must be a cursor this endpoint gave");
        }
    }
}
