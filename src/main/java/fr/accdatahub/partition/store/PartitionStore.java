package fr.accdatahub.partition.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The monthly partitions of the tables that grow (migration V16 holds the functions): which tables are partitioned,
 * creating a month, the months that wait in a DEFAULT partition, dropping the months before one. Each call runs in
 * its own transaction with a bounded wait for locks, so that maintenance never stalls the requests for long.
 */
@ApplicationScoped
public class PartitionStore {

    private static final String PARENTS = "SELECT parent FROM month_partitioned ORDER BY parent";
    private static final String CREATE_MONTH = "SELECT acc_month_partition($1, $2)";
    private static final String MONTHS_IN_DEFAULT = "SELECT month FROM acc_months_in_default($1) AS month ORDER BY 1";
    private static final String DROP_BEFORE = "SELECT acc_drop_months_before($1, $2)";
    private static final String MONTHS = """
            SELECT to_date(right(c.relname, 7), 'YYYY_MM') FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
            WHERE i.inhparent = $1::regclass AND c.relname ~ ('^' || $1 || '_[0-9]{4}_[0-9]{2}$') ORDER BY 1""";

    private static final Duration LOCK_WAIT = Duration.ofSeconds(5);

    private final Pool pool;

    public PartitionStore(Pool pool) {
        this.pool = pool;
    }

    /** The tables partitioned by month. */
    public Uni<List<String>> parents() {
        return pool.query(PARENTS).execute().map(rows -> {
            List<String> parents = new ArrayList<>();
            rows.forEach(row -> parents.add(row.getString(0)));
            return parents;
        });
    }

    /** Creates a table's partition of the month of {@code month} unless it exists; whether it did. */
    public Uni<Boolean> create(String parent, LocalDate month) {
        return bounded(connection -> connection.preparedQuery(CREATE_MONTH).execute(Tuple.of(parent, month))
                .map(rows -> rows.iterator().next().getBoolean(0)));
    }

    /** The months that rows waiting in a table's DEFAULT partition belong to (their first days). */
    public Uni<List<LocalDate>> monthsInDefault(String parent) {
        return dates(MONTHS_IN_DEFAULT, parent);
    }

    /** The months a table has partitions of (their first days). */
    public Uni<List<LocalDate>> months(String parent) {
        return dates(MONTHS, parent);
    }

    /** Drops a table's months before the month of {@code month}; how many partitions went. */
    public Uni<Integer> dropBefore(String parent, LocalDate month) {
        return bounded(connection -> connection.preparedQuery(DROP_BEFORE).execute(Tuple.of(parent, month))
                .map(rows -> rows.iterator().next().getInteger(0)));
    }

    private Uni<List<LocalDate>> dates(String query, String parent) {
        return pool.preparedQuery(query).execute(Tuple.of(parent)).map(rows -> {
            List<LocalDate> dates = new ArrayList<>();
            for (Row row : rows) {
                dates.add(row.getLocalDate(0));
            }
            return dates;
        });
    }

    private <T> Uni<T> bounded(Function<SqlConnection, Uni<T>> work) {
        return pool.withTransaction(connection -> connection.query("SET LOCAL lock_timeout = " + LOCK_WAIT.toMillis())
                .execute().chain(() -> work.apply(connection)));
    }
}
