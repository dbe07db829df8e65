package fr.accdatahub.fault.store;

import fr.accdatahub.fault.domain.FaultKind;
import fr.accdatahub.fault.domain.FaultSwitch;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.StreamSupport;

/** The fault switches, shared by every replica; their expiry is read on the database's clock (real time). */
@ApplicationScoped
public class FaultStore {

    private static final String COLUMNS = "id, client_id, usage_point_id, kind, share, delay_ms, seed, set_at, "
            + "expires_at";
    /** One switch per target and kind: setting it again replaces it (and starts its sequence again). */
    private static final String SET = "WITH expired AS (DELETE FROM fault_switch WHERE expires_at <= now()) "
            + "INSERT INTO fault_switch (" + COLUMNS + ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) "
            + "ON CONFLICT (COALESCE(client_id, usage_point_id), kind) DO UPDATE SET id = excluded.id, "
            + "share = excluded.share, delay_ms = excluded.delay_ms, seed = excluded.seed, set_at = excluded.set_at, "
            + "expires_at = excluded.expires_at, matches = 0";
    private static final String ACTIVE = "SELECT " + COLUMNS + " FROM fault_switch WHERE expires_at > now() "
            + "ORDER BY set_at, id";
    private static final String CLEAR = "DELETE FROM fault_switch";
    private static final String MATCHED = "UPDATE fault_switch SET matches = matches + 1 WHERE id = $1 RETURNING matches";

    private final Pool pool;

    public FaultStore(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> set(FaultSwitch fault) {
        return pool.preparedQuery(SET).execute(Tuple.from(new Object[] {fault.id(), fault.clientId(),
            fault.usagePointId(), fault.kind().name(), fault.share(),
            fault.delay() == null ? null : (int) fault.delay().toMillis(), fault.seed(),
            fault.setAt().atOffset(ZoneOffset.UTC), fault.expiresAt().atOffset(ZoneOffset.UTC)})).replaceWithVoid();
    }

    public Uni<List<FaultSwitch>> active() {
        return pool.query(ACTIVE).execute().map(rows -> StreamSupport.stream(rows.spliterator(), false)
                .map(FaultStore::faultSwitch).toList());
    }

    public Uni<Void> clear() {
        return pool.query(CLEAR).execute().replaceWithVoid();
    }

    /** Counts one more request matched by the switch; answers its number, 0 once the switch is gone. */
    public Uni<Long> matched(FaultSwitch fault) {
        return pool.preparedQuery(MATCHED).execute(Tuple.of(fault.id())).map(rows -> {
            var row = rows.iterator();
            return row.hasNext() ? row.next().getLong(0) : 0L;
        });
    }

    private static FaultSwitch faultSwitch(Row row) {
        Integer delay = row.getInteger("delay_ms");
        return new FaultSwitch(row.getUUID("id"), row.getString("client_id"), row.getString("usage_point_id"),
                FaultKind.valueOf(row.getString("kind")), row.getBigDecimal("share").stripTrailingZeros(),
                delay == null ? null : Duration.ofMillis(delay), row.getLong("seed"),
                row.getOffsetDateTime("set_at").toInstant(), row.getOffsetDateTime("expires_at").toInstant());
    }
}
