package fr.accdatahub.auth.store;

import fr.accdatahub.auth.domain.ClientProfile;
import fr.accdatahub.auth.domain.Mandate;
import fr.accdatahub.identity.ClientRole;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The clients and revoked tokens as the callers' directory reads them: one client, the live revocations, and the
 * changes announced since an instant (V14's caller_change, written by triggers).
 */
@ApplicationScoped
public class CallerStore {

    private static final String CLIENT = """
            SELECT role, pmo_id, quota_per_second, quota_per_hour,
                   ARRAY(SELECT m.agreement_id FROM mandate m WHERE m.client_id = $1 ORDER BY m.agreement_id) AS ids,
                   ARRAY(SELECT m.valid_from FROM mandate m WHERE m.client_id = $1 ORDER BY m.agreement_id) AS froms,
                   ARRAY(SELECT m.valid_to FROM mandate m WHERE m.client_id = $1 ORDER BY m.agreement_id) AS tos,
                   ARRAY(SELECT array_to_string(m.scopes, ' ') FROM mandate m WHERE m.client_id = $1
                         ORDER BY m.agreement_id) AS scopes
            FROM api_client WHERE client_id = $1""";
    private static final String REVOKED = "SELECT jti, expires_at FROM revoked_token WHERE expires_at > now()";
    private static final String IS_REVOKED = "SELECT EXISTS (SELECT 1 FROM revoked_token WHERE jti = $1)";
    private static final String CHANGES = """
            SELECT s.read_at, c.kind, c.subject, r.expires_at
            FROM (SELECT statement_timestamp() AS read_at) s
            LEFT JOIN caller_change c ON c.changed_at > $1
            LEFT JOIN revoked_token r ON c.kind = 't' AND r.jti = c.subject""";
    private static final String FORGET_CHANGES = "DELETE FROM caller_change WHERE changed_at < now() - interval '1 hour'";

    /** A change announced by a trigger: a client ({@code c}) or a revoked token ({@code t}, and its expiry). */
    public record Change(char kind, String subject, Instant tokenExpiresAt) {

        /** Parses a notification's payload, {@code kind:subject}; a token's expiry is not known from it. */
        public static Change of(String payload) {
            return new Change(payload.charAt(0), payload.substring(2), Instant.MAX);
        }
    }

    /** The changes after an instant, and the database's time when they were read. */
    public record Changes(OffsetDateTime readAt, List<Change> changes) {
    }

    private final Pool pool;

    public CallerStore(Pool pool) {
        this.pool = pool;
    }

    /** The client as stored now; empty when no such client exists. */
    public Uni<Optional<ClientProfile>> client(String clientId) {
        return pool.preparedQuery(CLIENT).execute(Tuple.of(clientId)).map(rows -> {
            Iterator<Row> iterator = rows.iterator();
            if (!iterator.hasNext()) {
                return Optional.empty();
            }
            Row row = iterator.next();
            return Optional.of(new ClientProfile(ClientRole.of(row.getString("role")), row.getLong("pmo_id"),
                    mandates(row), row.getInteger("quota_per_second"), row.getInteger("quota_per_hour")));
        });
    }

    private static List<Mandate> mandates(Row row) {
        String[] ids = row.getArrayOfStrings("ids");
        LocalDate[] froms = row.getArrayOfLocalDates("froms");
        LocalDate[] tos = row.getArrayOfLocalDates("tos");
        String[] scopes = row.getArrayOfStrings("scopes");
        List<Mandate> mandates = new ArrayList<>(ids.length);
        for (int k = 0; k < ids.length; k++) {
            mandates.add(new Mandate(ids[k], froms[k], tos[k], Mandate.scopesOf(scopes[k])));
        }
        return mandates;
    }

    public Uni<Boolean> isRevoked(String jti) {
        return pool.preparedQuery(IS_REVOKED).execute(Tuple.of(jti)).map(rows -> rows.iterator().next().getBoolean(0));
    }

    /** The tokens revoked and not yet expired, with their expiry. */
    public Uni<Map<String, Instant>> revokedTokens() {
        return pool.query(REVOKED).execute().map(rows -> {
            Map<String, Instant> revoked = new HashMap<>();
            rows.forEach(row -> revoked.put(row.getString(0), row.getOffsetDateTime(1).toInstant()));
            return revoked;
        });
    }

    /** The changes announced after {@code after} (by the database's clock). */
    public Uni<Changes> changesAfter(OffsetDateTime after) {
        return pool.preparedQuery(CHANGES).execute(Tuple.of(after)).map(rows -> {
            List<Change> changes = new ArrayList<>();
            OffsetDateTime readAt = null;
            for (Row row : rows) {
                readAt = row.getOffsetDateTime(0).withOffsetSameInstant(ZoneOffset.UTC);
                String kind = row.getString(1);
                if (kind != null) {
                    OffsetDateTime expires = row.getOffsetDateTime(3);  // none: the token expired and was purged
                    changes.add(new Change(kind.charAt(0), row.getString(2),
                            expires == null ? Instant.EPOCH : expires.toInstant()));
                }
            }
            return new Changes(readAt, changes);
        });
    }

    /** Forgets changes older than an hour: a replica that was away longer starts again from nothing. */
    public Uni<Void> forgetOldChanges() {
        return pool.query(FORGET_CHANGES).execute().replaceWithVoid();
    }
}
