package fr.accdatahub.event.store;

import fr.accdatahub.calendar.Paris;
import fr.accdatahub.event.domain.Cursor;
import fr.accdatahub.event.domain.Event;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlResult;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The event log (an outbox): every feature's store appends its events with {@link #append} on the connection of the
 * transaction that makes the change, so that an event exists exactly when its change does. Shared on purpose: it is
 * the one store other features' stores write to.
 */
@ApplicationScoped
public class EventLog {

    private static final String APPEND = "INSERT INTO event (id, type, occurred_at, agreement_id, data) "
            + "VALUES ($1, $2, $3, $4, $5)";
    private static final String APPEND_IN_SESSION = "INSERT INTO event (id, type, occurred_at, agreement_id, data) "
            + "VALUES (?1, ?2, ?3, ?4, CAST(CAST(?5 AS text) AS jsonb))";

    /** Events after a position, once every older transaction has ended; {@code $4} null for every agreement. */
    private static final String AFTER = """
            SELECT tx::text, seq, id, type, occurred_at, agreement_id, data FROM event
            WHERE (tx, seq) > ($1::text::xid8, $2) AND tx < pg_snapshot_xmin(pg_current_snapshot())
              AND ($4::text[] IS NULL OR agreement_id = ANY($4::text[]))
            ORDER BY tx, seq LIMIT $3""";

    private static final String PURGE = "DELETE FROM event WHERE recorded_at < now() - $1 * interval '1 second'";

    private final Pool pool;

    public EventLog(Pool pool) {
        this.pool = pool;
    }

    /** Appends an event within the caller's transaction. */
    public static Uni<Void> append(SqlClient transaction, String type, String agreementId, Instant at,
            Map<String, Object> data) {
        return transaction.preparedQuery(APPEND).execute(Tuple.of(UUID.randomUUID(), type,
                at.atOffset(ZoneOffset.UTC), agreementId, new JsonObject(data))).replaceWithVoid();
    }

    /** Appends an event within the transaction of a Hibernate Reactive session (the Panache features). */
    public static Uni<Void> append(Mutiny.Session session, String type, String agreementId, Instant at,
            Map<String, Object> data) {
        return session.createNativeQuery(APPEND_IN_SESSION)
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, type)
                .setParameter(3, at.atOffset(ZoneOffset.UTC))
                .setParameter(4, agreementId)
                .setParameter(5, new JsonObject(data).encode())
                .executeUpdate()
                .replaceWithVoid();
    }

    /** The events after {@code cursor}, oldest first, of the given agreements (all of them when null). */
    public Uni<List<Positioned>> after(Cursor cursor, int limit, List<String> agreementIds) {
        return pool.preparedQuery(AFTER).execute(Tuple.of(Long.toString(cursor.tx()), cursor.seq(), limit,
                agreementIds == null ? null : agreementIds.toArray(String[]::new))).map(rows -> {
                    List<Positioned> events = new ArrayList<>(rows.size());
                    rows.forEach(row -> events.add(positioned(row, 0)));
                    return events;
                });
    }

    /** Deletes the events written more than {@code age} ago (their webhook deliveries with them); answers how many. */
    public Uni<Integer> purgeOlderThan(Duration age) {
        return pool.preparedQuery(PURGE).execute(Tuple.of(age.toSeconds())).map(SqlResult::rowCount);
    }

    /** An event and its position in the log. */
    public record Positioned(Cursor position, Event event) {
    }

    /**
     * The event of a row whose columns, from {@code first} on, are {@code tx::text, seq, id, type, occurred_at,
     * agreement_id, data} (for the stores that read events with their own rows).
     */
    public static Positioned positioned(Row row, int first) {
        return new Positioned(new Cursor(Long.parseLong(row.getString(first)), row.getLong(first + 1)),
                new Event(row.getUUID(first + 2), row.getString(first + 3),
                        Paris.local(row.getOffsetDateTime(first + 4).toInstant()),
                        row.getString(first + 5), row.getJsonObject(first + 6).getMap()));
    }
}
