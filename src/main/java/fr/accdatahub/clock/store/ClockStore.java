package fr.accdatahub.clock.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;

/** The sandbox clock's shift from real time, kept in PostgreSQL so that every replica agrees. */
@ApplicationScoped
public class ClockStore {

    private static final String SHIFT = "SELECT shift_ms FROM service_clock WHERE id = 1";
    private static final String SET_SHIFT = "INSERT INTO service_clock (id, shift_ms) VALUES (1, $1) "
            + "ON CONFLICT (id) DO UPDATE SET shift_ms = excluded.shift_ms";
    private static final String RESET = "DELETE FROM service_clock";

    private final Pool pool;

    public ClockStore(Pool pool) {
        this.pool = pool;
    }

    /** The shift in milliseconds, 0 when none is set. */
    public Uni<Long> shiftMillis() {
        return pool.query(SHIFT).execute().map(rows -> {
            Iterator<Row> iterator = rows.iterator();
            return iterator.hasNext() ? iterator.next().getLong(0) : 0L;
        });
    }

    public Uni<Void> setShiftMillis(long shift) {
        return pool.preparedQuery(SET_SHIFT).execute(Tuple.of(shift)).replaceWithVoid();
    }

    public Uni<Void> reset() {
        return pool.query(RESET).execute().replaceWithVoid();
    }
}
