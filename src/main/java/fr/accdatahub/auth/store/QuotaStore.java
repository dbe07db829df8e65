package fr.accdatahub.auth.store;

import fr.accdatahub.auth.domain.QuotaWindows.HourCount;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The cluster's request counts per client and hour, which each replica adds to and reads back every second. */
@ApplicationScoped
public class QuotaStore {

    private static final String RECONCILE = """
            WITH added AS (
                INSERT INTO request_hour (client_id, hour_start, requests)
                SELECT * FROM unnest($1::varchar[], $2::timestamptz[], $3::int[])
                ON CONFLICT (client_id, hour_start) DO UPDATE SET requests = request_hour.requests + excluded.requests
                RETURNING client_id, hour_start, requests)
            SELECT client_id, hour_start, requests FROM added
            UNION ALL
            SELECT r.client_id, r.hour_start, r.requests FROM request_hour r
            WHERE r.hour_start = $4
              AND NOT EXISTS (SELECT 1 FROM added a WHERE a.client_id = r.client_id AND a.hour_start = r.hour_start)""";
    private static final String FORGET = "DELETE FROM request_hour WHERE hour_start < $1";

    private final Pool pool;

    public QuotaStore(Pool pool) {
        this.pool = pool;
    }

    /**
     * Adds this replica's counts and answers the cluster's totals: of the hours just added to, and of every client
     * counted in {@code hour} by any replica. Counts of earlier hours are forgotten.
     */
    public Uni<List<HourCount>> reconcile(List<HourCount> counted, Instant hour) {
        String[] clients = new String[counted.size()];
        OffsetDateTime[] hours = new OffsetDateTime[counted.size()];
        Integer[] requests = new Integer[counted.size()];
        for (int i = 0; i < counted.size(); i++) {
            clients[i] = counted.get(i).clientId();
            hours[i] = OffsetDateTime.ofInstant(counted.get(i).hour(), ZoneOffset.UTC);
            requests[i] = counted.get(i).requests();
        }
        OffsetDateTime current = OffsetDateTime.ofInstant(hour, ZoneOffset.UTC);
        return pool.withTransaction(connection -> connection.preparedQuery(FORGET).execute(Tuple.of(current))
                .chain(() -> connection.preparedQuery(RECONCILE)
                        .execute(Tuple.of(clients, hours, requests, current))))
                .map(rows -> {
                    List<HourCount> totals = new ArrayList<>();
                    for (Row row : rows) {
                        totals.add(new HourCount(row.getString(0), row.getOffsetDateTime(1).toInstant(),
                                row.getInteger(2)));
                    }
                    return totals;
                });
    }
}
