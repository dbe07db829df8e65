package fr.accdatahub.calculation.store;

import fr.accdatahub.calculation.domain.Results.CurrentRun;
import fr.accdatahub.calculation.domain.Results.DayCurve;
import fr.accdatahub.calculation.domain.Results.PairEnergy;
import fr.accdatahub.calculation.domain.ResultsReplaced;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.keys.domain.AppliedDefault;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/** Reading the current calculations' results: which runs cover a range, their curves (streamed), their pairs. */
@ApplicationScoped
public class ResultStore {

    private static final int ROWS_PER_FETCH = 200;

    private static final String CURRENT_RUNS = """
            SELECT period_start, period_end, id, version, started_at, finished_at FROM (
                SELECT period_start, period_end, id, current, started_at, finished_at,
                       row_number() OVER (PARTITION BY period_start ORDER BY seq) AS version
                FROM calculation
                WHERE agreement_id = $1 AND status = 'COMPLETED' AND period_start < $3 AND period_end > $2) runs
            WHERE current ORDER BY period_start""";

    private static final String CURVES = """
            SELECT r.usage_point_id, r.quantity, r.day, r.value, r.estimated FROM result_curve r
            WHERE r.calculation_id = ANY($1::uuid[]) AND r.day >= $2 AND r.day < $3
              AND r.quantity IN ('cons', 'autocons', 'prod', 'autoprod')""";

    /** The snapshot of a read that several statements make: the runs, then their results, as of one instant. */
    private static final String ONE_SNAPSHOT = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY";

    private static final String STILL_CURRENT = "SELECT count(*) FROM calculation WHERE id = ANY($1::uuid[]) AND current";

    private static final String DEFAULT_KEYS_OF_RUNS = """
            SELECT r.usage_point_id, r.day, r.value FROM result_curve r
            WHERE r.calculation_id = ANY($1::uuid[]) AND r.day >= $2 AND r.day < $3 AND r.quantity = 'default_key'
            ORDER BY r.day, r.usage_point_id""";

    private static final String CURRENT_DEFAULT_KEYS = """
            SELECT r.usage_point_id, r.day, r.value
            FROM result_curve r JOIN calculation c ON c.id = r.calculation_id
            WHERE c.agreement_id = $1 AND c.current AND r.day >= $2 AND r.day < $3 AND r.quantity = 'default_key'
            ORDER BY r.day, r.usage_point_id""";

    private static final String PAIRS_OF_CONSUMER = """
            SELECT c.period_start, c.period_end, p.producer_id, p.time_class, p.energy_wh
            FROM calculation c LEFT JOIN result_pair p ON p.calculation_id = c.id AND p.consumer_id = $4
            WHERE c.id = ANY($1::uuid[]) AND c.period_start < $3 AND c.period_end > $2""";

    private static final String PAIRS_OF_PRODUCER = """
            SELECT c.period_start, c.period_end, p.consumer_id, p.time_class, p.energy_wh
            FROM calculation c LEFT JOIN result_pair p ON p.calculation_id = c.id AND p.producer_id = $4
            WHERE c.id = ANY($1::uuid[]) AND c.period_start < $3 AND c.period_end > $2""";

    private final Pool pool;

    public ResultStore(Pool pool) {
        this.pool = pool;
    }

    /**
     * The current runs of the periods that overlap {@code [from, to)}, by period, and, when {@code wantCurves} says
     * so of them, their curves of cons, autocons, prod and autoprod over those days, streamed to {@code curves} a few
     * rows at a time. Both are read in one snapshot: a run made current meanwhile is not half seen.
     */
    public Uni<List<CurrentRun>> currentRunsWithCurves(String agreementId, LocalDate from, LocalDate to,
            Predicate<List<CurrentRun>> wantCurves, Consumer<DayCurve> curves) {
        return inOneSnapshot(connection -> connection.preparedQuery(CURRENT_RUNS)
                .execute(Tuple.of(agreementId, from, to))
                .map(ResultStore::runs)
                .chain(runs -> !wantCurves.test(runs) ? Uni.createFrom().item(runs)
                        : connection.prepare(CURVES).chain(statement -> statement
                                .createStream(ROWS_PER_FETCH, Tuple.of(ids(runs), from, to)).toMulti()
                                .invoke(row -> curves.accept(new DayCurve(row.getString(0), row.getString(1),
                                        row.getLocalDate(2), row.getArrayOfDoubles(3), row.getArrayOfBooleans(4))))
                                .collect().last()
                                .replaceWith(runs))));
    }

    /** The DEFAULT coefficients of the current runs over the days {@code [from, to)}, by day and consumer. */
    public Uni<List<AppliedDefault>> currentDefaultKeys(String agreementId, LocalDate from, LocalDate to) {
        return pool.preparedQuery(CURRENT_DEFAULT_KEYS).execute(Tuple.of(agreementId, from, to))
                .map(ResultStore::defaults);
    }

    /** The DEFAULT coefficients of these runs over the days {@code [from, to)}, if they are all still current. */
    public Uni<List<AppliedDefault>> defaultKeysOf(List<UUID> runs, LocalDate from, LocalDate to) {
        return whileCurrent(runs, connection -> connection.preparedQuery(DEFAULT_KEYS_OF_RUNS)
                .execute(Tuple.of(runs.toArray(UUID[]::new), from, to)).map(ResultStore::defaults));
    }

    /**
     * What a consumer received from each producer, or a producer gave each consumer, in these runs, if they are all
     * still current.
     */
    public Uni<List<PairEnergy>> pairs(List<UUID> runs, LocalDate from, LocalDate to, String usagePointId,
            boolean ofConsumer) {
        return whileCurrent(runs, connection -> connection.preparedQuery(ofConsumer ? PAIRS_OF_CONSUMER
                        : PAIRS_OF_PRODUCER)
                .execute(Tuple.of(runs.toArray(UUID[]::new), from, to, usagePointId))
                .map(rows -> {
                    List<PairEnergy> pairs = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        String other = row.getString(2);
                        pairs.add(new PairEnergy(row.getLocalDate(0), row.getLocalDate(1), other,
                                row.getString(3), other == null ? 0 : row.getDouble(4)));
                    }
                    return pairs;
                }));
    }

    /** Reads the runs' results in one snapshot, having checked they are all current in it (else ResultsReplaced). */
    private <T> Uni<T> whileCurrent(List<UUID> runs, Function<SqlConnection, Uni<T>> read) {
        return inOneSnapshot(connection -> connection.preparedQuery(STILL_CURRENT)
                .execute(Tuple.of(runs.toArray(UUID[]::new)))
                .chain(rows -> {
                    if (rows.iterator().next().getLong(0) != runs.size()) {
                        throw new ResultsReplaced();
                    }
                    return read.apply(connection);
                }));
    }

    private <T> Uni<T> inOneSnapshot(Function<SqlConnection, Uni<T>> read) {
        return pool.withTransaction(connection -> connection.query(ONE_SNAPSHOT).execute()
                .chain(() -> read.apply(connection)));
    }

    private static List<CurrentRun> runs(RowSet<Row> rows) {
        List<CurrentRun> runs = new ArrayList<>(rows.size());
        rows.forEach(row -> runs.add(new CurrentRun(row.getLocalDate(0), row.getLocalDate(1), row.getUUID(2),
                row.getLong(3).intValue(), row.getOffsetDateTime(4).toInstant(),
                Paris.local(row.getOffsetDateTime(5).toInstant()))));
        return runs;
    }

    private static List<AppliedDefault> defaults(RowSet<Row> rows) {
        List<AppliedDefault> defaults = new ArrayList<>(rows.size());
        rows.forEach(row -> defaults.add(new AppliedDefault(row.getString(0), row.getLocalDate(1),
                row.getArrayOfDoubles(2))));
        return defaults;
    }

    private static UUID[] ids(List<CurrentRun> runs) {
        return runs.stream().map(CurrentRun::calculationId).toArray(UUID[]::new);
    }
}
