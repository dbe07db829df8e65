package fr.accdatahub.audit.store;

import fr.accdatahub.audit.domain.AuditEntry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.StreamSupport;

/** The audit trail: appended to, never changed; read per agreement over a range, in order, a page at a time. */
@ApplicationScoped
public class AuditStore {

    private static final String APPEND = "INSERT INTO audit_entry (at, client_id, client_kind, agreement_id, action, "
            + "status, outcome) VALUES ($1, $2, $3, $4, $5, $6, $7)";
    /** After the entry ($4, $5) in the order (at, id): the index's, and "oldest first" even after a clock change. */
    private static final String PAGE = """
            SELECT id, at, client_id, client_kind, agreement_id, action, status, outcome FROM audit_entry
            WHERE agreement_id = $1 AND at >= $2 AND at < $3 AND (at, id) > ($4, $5)
            ORDER BY at, id LIMIT $6""";

    private final Pool pool;

    public AuditStore(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> append(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Tuple> rows = entries.stream().map(entry -> Tuple.from(new Object[] {entry.at().atOffset(ZoneOffset.UTC),
            entry.clientId(), entry.clientKind(), entry.agreementId(), entry.action(), (short) entry.status(),
            entry.outcome().name()})).toList();
        // The write it records is committed already: its entry need not wait for the disk (a crash of PostgreSQL
        // itself may lose the last fraction of a second of entries, never corrupt them).
        return pool.withTransaction(connection -> connection.query("SET LOCAL synchronous_commit = off").execute()
                .chain(() -> connection.preparedQuery(APPEND).executeBatch(rows))).replaceWithVoid();
    }

    /** Up to {@code limit} entries of the agreement in {@code [from, to)}, after {@code after} (null: from the first). */
    public Uni<List<AuditEntry>> page(String agreementId, Instant from, Instant to, Position after, int limit) {
        Position start = after == null ? new Position(Instant.EPOCH.minusSeconds(1), 0) : after;
        return pool.preparedQuery(PAGE).execute(Tuple.from(new Object[] {agreementId, from.atOffset(ZoneOffset.UTC),
            to.atOffset(ZoneOffset.UTC), start.at().atOffset(ZoneOffset.UTC), start.id(), limit}))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).map(AuditStore::entry).toList());
    }

    /** Where a page ends: the last entry's instant and id. */
    public record Position(Instant at, long id) {
    }

    private static AuditEntry entry(Row row) {
        return new AuditEntry(row.getLong("id"), row.getOffsetDateTime("at").toInstant(), row.getString("client_id"),
                row.getString("client_kind"), row.getString("agreement_id"), row.getString("action"),
                row.getShort("status"), AuditEntry.Outcome.valueOf(row.getString("outcome")));
    }
}
