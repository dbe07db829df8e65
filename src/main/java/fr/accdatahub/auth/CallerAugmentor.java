package fr.accdatahub.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * After quarkus-oidc has checked a token (signature, issuer, audience, expiry), binds it to a registered client:
 * the client must still exist, the token must not be revoked, and the request is counted against the client's
 * quotas (one query for all three). The client's role comes from the database, so a
 * token of an external provider needs no role claim, only the client's id ({@code client_id}, {@code azp} or
 * {@code sub}).
 */
@ApplicationScoped
public class CallerAugmentor implements SecurityIdentityAugmentor {

    /** The client, whether the token is revoked, and the request counted in the client's current windows. */
    private static final String QUERY = """
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
                   3600 - extract(epoch FROM clock_timestamp() - date_trunc('hour', clock_timestamp()))::int AS hour_left
            FROM client c""";

    private final Pool pool;
    private final Quotas quotas;

    public CallerAugmentor(Pool pool, Quotas quotas) {
        this.pool = pool;
        this.quotas = quotas;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        String clientId = clientId(token);
        return pool.preparedQuery(QUERY)
                .execute(Tuple.of(clientId, token.getTokenID()))
                .map(rows -> {
                    Iterator<Row> iterator = rows.iterator();
                    if (!iterator.hasNext()) {
                        throw new AuthenticationFailedException("Unknown client " + clientId);
                    }
                    Row row = iterator.next();
                    if (row.getBoolean("revoked")) {
                        throw new AuthenticationFailedException("Revoked token");
                    }
                    quotas.check(row.getInteger("quota_per_second"), row.getInteger("quota_per_hour"),
                            row.getInteger("second_requests"), row.getInteger("hour_requests"),
                            row.getInteger("hour_left"));
                    Caller caller = new Caller(clientId, ClientRole.of(row.getString("role")), row.getLong("pmo_id"));
                    return QuarkusSecurityIdentity.builder()
                            .setPrincipal(identity.getPrincipal())
                            .addCredentials(identity.getCredentials())
                            .addAttributes(identity.getAttributes())
                            .addAttribute(Caller.ATTRIBUTE, caller)
                            .addRole(caller.role().code())
                            .build();
                });
    }

    private static String clientId(JsonWebToken token) {
        for (String claim : new String[] {"client_id", "azp"}) {
            Object value = token.getClaim(claim);
            if (value != null) {
                return value.toString().replace("\"", "");
            }
        }
        return token.getSubject();
    }
}
