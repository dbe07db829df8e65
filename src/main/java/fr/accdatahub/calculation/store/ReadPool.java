package fr.accdatahub.calculation.store;

import fr.accdatahub.storage.store.DatabasePools;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where published results are read: a read replica when {@code acc.read-datasource.url} names one (e.g. the
 * CloudNativePG {@code -ro} service; its credentials are those of the URL, or {@code acc.read-datasource.username}
 * and {@code password}, or the primary's), the primary otherwise. Published results are immutable per version, so a
 * replica serves them as well as the primary once it has replayed their run; {@link ResultStore} checks that in
 * the replica's own snapshot and reads from the primary when it has not (read-your-writes).
 */
@ApplicationScoped
public class ReadPool {

    private final Pool pool;
    private final boolean replica;

    public ReadPool(Pool primary, Vertx vertx, DatabasePools bounds,
            @ConfigProperty(name = "acc.read-datasource.url") Optional<String> url,
            @ConfigProperty(name = "acc.read-datasource.username") Optional<String> username,
            @ConfigProperty(name = "acc.read-datasource.password") Optional<String> password,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> primaryUsername,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> primaryPassword,
            @ConfigProperty(name = "acc.read-datasource.max-size") int maxSize) {
        this.replica = url.filter(value -> !value.isBlank()).isPresent();
        if (!replica) {
            this.pool = primary;
            return;
        }
        PgConnectOptions options = PgConnectOptions.fromUri(url.get());
        boolean ownCredentials = url.get().contains("@");
        username.or(() -> ownCredentials ? Optional.empty() : primaryUsername).ifPresent(options::setUser);
        password.or(() -> ownCredentials ? Optional.empty() : primaryPassword).ifPresent(options::setPassword);
        PoolOptions poolOptions = bounds.bound(new PoolOptions().setMaxSize(maxSize).setName("acc-read-replica"));
        this.pool = PgBuilder.pool().with(poolOptions).connectingTo(bounds.bound(options)).using(vertx).build();
    }

    /** The pool published results are read from. */
    public Pool pool() {
        return pool;
    }

    /** Whether that is a replica rather than the primary. */
    public boolean isReplica() {
        return replica;
    }

    @PreDestroy
    void close() {
        if (replica) {
            pool.closeAndAwait();
        }
    }
}
