package fr.accdatahub.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A transaction of the test's own on the service's database, holding a lock so that the service's transactions queue
 * behind it in a known order, then let go together: how a test makes a race happen every time.
 */
public final class LockGate implements AutoCloseable {

    private final Connection connection;

    private LockGate(Connection connection) {
        this.connection = connection;
    }

    /** Takes the lock that {@code sql} takes (e.g. {@code LOCK TABLE …} or {@code SELECT … FOR UPDATE}). */
    public static LockGate holding(String sql) throws SQLException {
        Config config = ConfigProvider.getConfig();
        Connection connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
        connection.setAutoCommit(false);
        try (Statement lock = connection.createStatement()) {
            lock.execute(sql);
        }
        return new LockGate(connection);
    }

    /** Waits until {@code count} of the service's transactions wait for a lock. */
    public void awaitWaiting(int count) throws SQLException, InterruptedException {
        String waiting = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND wait_event_type = 'Lock'";
        for (int attempt = 0; attempt < 200; attempt++) {
            if (value(waiting) >= count) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(count + " transactions never waited at the gate");
    }

    /** The database's count of deadlocks so far. */
    public long deadlocks() throws SQLException {
        return value("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()");
    }

    /** Lets the waiting transactions go. */
    public void open() throws SQLException {
        connection.commit();
    }

    private long value(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
