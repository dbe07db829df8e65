package fr.accdatahub.storage.store;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnectOptions;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Makes the service's pools (the primary's, which Quarkus asks for, and the read replica's) with the bounds of
 * {@link DatabaseSettings}: a connection opened, or taken from the pool, within its timeout, and each statement
 * cancelled by PostgreSQL past its own.
 */
@Singleton
public class DatabasePools implements PgPoolCreator {

    private static final Logger LOG = Logger.getLogger(DatabasePools.class);

    private final DatabaseSettings settings;

    public DatabasePools(DatabaseSettings settings) {
        this.settings = settings;
    }

    @Override
    public Pool create(Input input) {
        List<SqlConnectOptions> servers = input.pgConnectOptionsList().stream()
                .<SqlConnectOptions>map(this::bound).toList();
        return PgBuilder.pool().with(bound(input.poolOptions())).connectingTo(servers).using(input.vertx()).build();
    }

    /**
     * Works around vertx-sql-client#1706 (open in 4.5): when a connection cannot be had (the database refuses it) before
     * the acquisition timeout, the timeout's timer still fires later and fails the promise already failed, an
     * {@code IllegalStateException} thrown to Vert.x. The caller already has its failure (a 503), so that exception
     * alone is dropped; every other goes on to the handler Quarkus set.
     */
    void dropSettledTimeouts(@Observes StartupEvent event, Vertx vertx) {
        Handler<Throwable> next = vertx.exceptionHandler();
        vertx.exceptionHandler(failure -> {
            if (isSettledTimeout(failure)) {
                return;
            }
            if (next != null) {
                next.handle(failure);
            } else {
                LOG.error("Uncaught exception received by Vert.x", failure);
            }
        });
    }

    static boolean isSettledTimeout(Throwable failure) {
        return failure instanceof IllegalStateException && "Result is already complete".equals(failure.getMessage())
                && Arrays.stream(failure.getStackTrace())
                        .anyMatch(frame -> frame.getClassName().startsWith("io.vertx.sqlclient.impl.pool."));
    }

    /** The pool's own bound: how long a request waits for a connection. */
    public PoolOptions bound(PoolOptions options) {
        return options.setConnectionTimeout((int) settings.acquisitionTimeout().toMillis())
                .setConnectionTimeoutUnit(TimeUnit.MILLISECONDS);
    }

    /** Each connection's bounds: to open it, and for each of its statements. */
    public PgConnectOptions bound(PgConnectOptions options) {
        options.setConnectTimeout((int) settings.connectTimeout().toMillis());
        options.addProperty("statement_timeout", String.valueOf(settings.statementTimeout().toMillis()));
        return options;
    }
}
