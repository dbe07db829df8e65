package fr.accdatahub.storage.store;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/**
 * How long the service waits for PostgreSQL ({@code acc.database.*}), so that no request hangs when it is gone or
 * slow: each bound, when passed, fails the request with a 503 and {@code Retry-After}.
 */
@ConfigMapping(prefix = "acc.database")
public interface DatabaseSettings {

    /** To open a connection (TCP and the PostgreSQL handshake). */
    Duration connectTimeout();

    /** To get a connection from the pool when all are in use. */
    Duration acquisitionTimeout();

    /** For one statement, enforced by PostgreSQL ({@code statement_timeout}); the schedule's runs included. */
    Duration statementTimeout();

    /** What a 503 tells the caller to wait before trying again. */
    Duration retryAfter();
}
