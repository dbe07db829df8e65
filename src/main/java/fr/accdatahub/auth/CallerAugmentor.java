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
 * the client must still exist and the token must not be revoked. The client's role comes from the database, so a
 * token of an external provider needs no role claim, only the client's id ({@code client_id}, {@code azp} or
 * {@code sub}).
 */
@ApplicationScoped
public class CallerAugmentor implements SecurityIdentityAugmentor {

    private static final String QUERY = """
            SELECT c.role, c.pmo_id, EXISTS (SELECT 1 FROM revoked_token r WHERE r.jti = $2) AS revoked
            FROM api_client c WHERE c.client_id = $1""";

    private final Pool pool;

    public CallerAugmentor(Pool pool) {
        this.pool = pool;
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
