package fr.accdatahub.auth.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Tokens revoked before they expire, kept in PostgreSQL so that every replica refuses them. */
@ApplicationScoped
public class RevocationStore {

    private static final String FORGET_EXPIRED = "DELETE FROM revoked_token WHERE expires_at < now()";
    private static final String REVOKE = "INSERT INTO revoked_token (jti, expires_at) VALUES ($1, $2) "
            + "ON CONFLICT (jti) DO NOTHING";

    private final Pool pool;

    public RevocationStore(Pool pool) {
        this.pool = pool;
    }

    /** Records the revocation, and forgets revocations of tokens that have expired anyway. */
    public Uni<Void> revoke(String jti, Instant expiresAt) {
        return pool.withTransaction(connection -> connection.preparedQuery(FORGET_EXPIRED).execute()
                        .chain(() -> connection.preparedQuery(REVOKE)
                                .execute(Tuple.of(jti, OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC)))))
                .replaceWithVoid();
    }
}
