package fr.accdatahub.storage.store;

import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.List;
import java.util.Set;

/**
 * Whether a failure means PostgreSQL could not serve the request for now, rather than that the request was wrong: it
 * cannot be reached or is shutting down, no connection was free in time, a statement ran past its timeout, or two
 * transactions collided (serialization failure, deadlock). The caller may try again.
 */
public final class Unavailability {

    /** SQLSTATE classes: connection exception, insufficient resources, operator intervention (shutdown, cancel). */
    private static final Set<String> CLASSES = Set.of("08", "53", "57");
    /** SQLSTATEs: serialization failure, deadlock detected, lock not available. */
    private static final Set<String> STATES = Set.of("40001", "40P01", "55P03");
    /** Class 08 but the client's own doing: a bug, not an outage. */
    private static final String PROTOCOL_VIOLATION = "08P01";
    private static final List<String> VERTX_MESSAGES = List.of("Timeout", "Connection is not active now");

    private Unavailability() {
    }

    public static boolean isDatabaseUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            boolean unavailable = switch (cause) {
                case PgException pg -> transientState(pg.getSqlState());
                case SQLTransientException jdbc -> true;
                case SQLException jdbc -> transientState(jdbc.getSQLState());
                case ConnectException refused -> true;
                case ClosedConnectionException closed -> true;
                case ConnectionPoolTooBusyException busy -> true;
                default -> vertxConnectionFailure(cause);
            };
            if (unavailable) {
                return true;
            }
        }
        return false;
    }

    /**
     * The Vert.x client's own failures that carry no type of their own, only a message: no connection free in time
     * ("Timeout"), or a statement sent on a connection the server has just closed ("Connection is not active now").
     */
    private static boolean vertxConnectionFailure(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getName().startsWith("io.vertx.") && message != null
                && VERTX_MESSAGES.stream().anyMatch(message::startsWith);
    }

    private static boolean transientState(String sqlState) {
        return sqlState != null && sqlState.length() == 5 && !PROTOCOL_VIOLATION.equals(sqlState)
                && (CLASSES.contains(sqlState.substring(0, 2)) || STATES.contains(sqlState));
    }
}
