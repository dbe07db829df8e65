package fr.accdatahub.auth.store;

import fr.accdatahub.identity.Caller;
import fr.accdatahub.identity.ClientRole;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * What each authenticated request needs of its client, in one statement: the client (role, PMO, mandates, quotas),
 * whether the token is revoked, and the request counted in the client's current second and hour (one unlogged row
 * per client, so that quotas hold across replicas).
 */
@ApplicationScoped
public class CallerStore {

    private static final String CHECK_AND_COUNT = """
            WITH client AS (SELECT role, pmo_id, quota_per_second, quota_per_hour FROM api_client WHERE client_id = $1),
            counted AS (
                INSERT INTO request_window (client_id, second_start, second_requests, hour_start, hour_requests)
                SELECT $1, date_trunc('second', clock_timestamp()), 1, date_trunc('hour', clock_timestamp()), 1
                FROM client
                ON CONFLICT (client_id) DO UPDATE SET
                    second_requests = CASE WHEN request_window.second_start = excluded.second_start
                                           THEN request_window.second_requests + 1 ELSE 1 END,
                    second_start = excluded.second_start,
                    hour_requests = CASE WHEN request_window.hour_start = excluded.hour_start
                                         THEN request_window.hour_requests + 1 ELSE 1 END,
                    hour_start = excluded.hour_start
                RETURNING second_requests, hour_requests)
            SELECT c.role, c.pmo_id, c.quota_per_second, c.quota_per_hour,
                   EXISTS (SELECT 1 FROM revoked_token r WHERE r.jti = $2) AS revoked,
                   (SELECT second_requests FROM counted) AS second_requests,
                   (SELECT hour_requests FROM counted) AS hour_requests,
                   3600 - extract(epoch FROM clock_timestamp() - date_trunc('hour', clock_timestamp()))::int AS hour_left,
                   ARRAY(SELECT m.agreement_id FROM mandate m WHERE m.client_id = $1) AS mandates
            FROM client c""";

    private static final String CALLER = """
            SELECT role, pmo_id, ARRAY(SELECT m.agreement_id FROM mandate m WHERE m.client_id = $1)
            FROM api_client WHERE client_id = $1""";

    /** A request's client as stored, and the request's count in its windows. */
    public record ClientState(ClientRole role, Long pmoId, Set<String> mandates, boolean revoked,
            Integer quotaPerSecond, Integer quotaPerHour, Integer secondRequests, Integer hourRequests,
            int secondsLeftInHour) {
    }

    private final Pool pool;

    public CallerStore(Pool pool) {
        this.pool = pool;
    }

    /** The client as a caller (for work done on its behalf outside a request), empty when it no longer exists. */
    public Uni<Optional<Caller>> caller(String clientId) {
        return pool.preparedQuery(CALLER).execute(Tuple.of(clientId)).map(rows -> {
            Iterator<Row> iterator = rows.iterator();
            if (!iterator.hasNext()) {
                return Optional.empty();
            }
            Row row = iterator.next();
            return Optional.of(new Caller(clientId, ClientRole.of(row.getString(0)), row.getLong(1),
                    Set.of(row.getArrayOfStrings(2))));
        });
    }

    /** The client's state with this request counted; empty when no such client exists. */
    public Uni<Optional<ClientState>> checkAndCount(String clientId, String tokenId) {
        return pool.preparedQuery(CHECK_AND_COUNT).execute(Tuple.of(clientId, tokenId)).map(rows -> {
            Iterator<Row> iterator = rows.iterator();
            if (!iterator.hasNext()) {
                return Optional.empty();
            }
            Row row = iterator.next();
            return Optional.of(new ClientState(ClientRole.of(row.getString("role")), row.getLong("pmo_id"),
                    Set.of(row.getArrayOfStrings("mandates")), row.getBoolean("revoked"),
                    row.getInteger("quota_per_second"), row.getInteger("quota_per_hour"),
                    row.getInteger("second_requests"), row.getInteger("hour_requests"), row.getInteger("hour_left")));
        });
    }
}
