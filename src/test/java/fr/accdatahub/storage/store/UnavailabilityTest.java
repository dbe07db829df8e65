package fr.accdatahub.storage.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnavailabilityTest {

    @ParameterizedTest
    @ValueSource(strings = {"08006", "57P01", "57P03", "57014", "53300", "40001", "40P01", "55P03"})
    void aServerStateOfShutdownTimeoutOrCollisionIsUnavailability(String sqlState) {
        assertTrue(Unavailability.isDatabaseUnavailable(new PgException("m", "FATAL", sqlState, "d")));
        assertTrue(Unavailability.isDatabaseUnavailable(new SQLException("m", sqlState)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "22P02", "42P01", "XX000", "08P01"})
    void aRefusalOrABugIsNot(String sqlState) {
        assertFalse(Unavailability.isDatabaseUnavailable(new PgException("m", "ERROR", sqlState, "d")));
    }

    @Test
    void theClientsOwnFailuresToReachTheServerAreUnavailabilityWhereverTheyAreWrapped() {
        assertTrue(Unavailability.isDatabaseUnavailable(new CompletionException(new ConnectException("refused"))));
        assertTrue(Unavailability.isDatabaseUnavailable(new RuntimeException(ClosedConnectionException.INSTANCE)));
        assertTrue(Unavailability.isDatabaseUnavailable(Future.failedFuture("Timeout").cause()),
                "the pool's acquisition timeout");
        assertTrue(Unavailability.isDatabaseUnavailable(
                Future.failedFuture("Connection is not active now, current status: CLOSED").cause()),
                "a statement sent on a connection the server closed");
        assertFalse(Unavailability.isDatabaseUnavailable(new IllegalStateException("Timeout")));
        assertFalse(Unavailability.isDatabaseUnavailable(new IllegalArgumentException("bad")));
    }

    @Test
    void onlyThePoolsSettledTimeoutIsDropped() {
        IllegalStateException settled = new IllegalStateException("Result is already complete");
        settled.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("io.vertx.sqlclient.impl.pool.SqlConnectionPool", "lambda$execute$3", "f", 216)});
        assertTrue(DatabasePools.isSettledTimeout(settled));
        assertFalse(DatabasePools.isSettledTimeout(new IllegalStateException("Result is already complete")));
    }
}
