package fr.accdatahub.auth;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Tokens revoked before they expire, kept in PostgreSQL so that every replica refuses them. */
@ApplicationScoped
public class RevocationList {

    private final Pool pool;

    public RevocationList(Pool pool) {
        this.pool = pool;
    }

    /** Records the revocation, and forgets revocations of tokens that have expired anyway. */
    public Uni<Void> revoke(TokenIssuer.IssuedToken token) {
        return pool.withTransaction(connection -> connection
                .preparedQuery("DELETE FROM revoked_token WHERE expires_at < now()")
                .execute()
                .chain(() -> connection
                        .preparedQuery("INSERT INTO revoked_token (jti, expires_at) VALUES ($1, $2) "
                                + "ON CONFLICT (jti) DO NOTHING")
                        .execute(Tuple.of(token.jti(), OffsetDateTime.ofInstant(token.expiresAt(), ZoneOffset.UTC)))))
                .replaceWithVoid();
    }
}
