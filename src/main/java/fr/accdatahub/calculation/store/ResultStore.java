package fr.accdatahub.calculation.store;

import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calculation.domain.DayEnergy;
import fr.accdatahub.calculation.domain.Results.CurrentDays;
import fr.accdatahub.calculation.domain.Results.CurrentRun;
import fr.accdatahub.calculation.domain.Results.DayCurve;
import fr.accdatahub.calculation.domain.Results.PairEnergy;
import fr.accdatahub.calculation.domain.ResultsReplaced;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.keys.domain.AppliedDefault;
import fr.accdatahub.observability.Metrics;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reading the current calculations' results: which runs cover a range, their curves (streamed), their day energies,
 * their pairs.
 */
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

    private static final String ENERGY_BASES =
            "SELECT count(*) FROM result_energy_basis WHERE calculation_id = ANY($1::uuid[]) AND basis = $2";

    private static final String DAY_ENERGIES = """
            SELECT day, whole, part FROM result_energy
            WHERE calculation_id = ANY($1::uuid[]) AND usage_point_id = $2 AND role = $3 AND day >= $4 AND day < $5""";

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

    /** How many times the runs are read again when one was replaced between the runs and their results. */
    private static final int REREADS = 3;

    private final Pool pool;
    private final ReadPool reads;
    private final Metrics metrics;

    public ResultStore(Pool pool, ReadPool reads, Metrics metrics) {
        this.pool = pool;
        this.reads = reads;
        this.metrics = metrics;
    }

    /**
     * The current runs of the periods that overlap {@code [from, to)}, by period, and, when {@code wantCurves} says
     * so of them, their curves of cons, autocons, prod and autoprod over those days, streamed to {@code curves} a few
     * rows at a time. The runs are the primary's; their curves are read in a snapshot where they are all still
     * current: a run made current meanwhile is not half seen, and the runs are read again.
     */
    public Uni<List<CurrentRun>> currentRunsWithCurves(String agreementId, LocalDate from, LocalDate to,
            Predicate<List<CurrentRun>> wantCurves, Consumer<DayCurve> curves) {
        return currentRuns(agreementId, from, to)
                .chain(runs -> whileCurrent(calculationIds(runs), connection -> !wantCurves.test(runs)
                        ? Uni.createFrom().item(runs)
                        : connection.prepare(CURVES).chain(statement -> statement
                                .createStream(ROWS_PER_FETCH, Tuple.of(ids(runs), from, to)).toMulti()
                                .invoke(row -> curves.accept(new DayCurve(row.getString(0), row.getString(1),
                                        row.getLocalDate(2), row.getArrayOfDoubles(3), row.getArrayOfBooleans(4))))
                                .collect().last()
                                .replaceWith(runs))))
                .onFailure(ResultsReplaced.class).retry().atMost(REREADS);
    }

    /**
     * The current runs of the periods that overlap {@code [from, to)} and, if each of them stored its day energies
     * on {@code basis}, a participant's over those days, read as the curves are.
     */
    public Uni<CurrentDays> currentRunsWithDayEnergies(String agreementId, LocalDate from, LocalDate to,
            String usagePointId, Role role, String basis) {
        return currentRuns(agreementId, from, to)
                .chain(runs -> whileCurrent(calculationIds(runs), connection -> connection
                        .preparedQuery(ENERGY_BASES).execute(Tuple.of(ids(runs), basis))
                        .chain(bases -> bases.iterator().next().getLong(0) != runs.size()
                                ? Uni.createFrom().item(new CurrentDays(runs, null))
                                : connection.preparedQuery(DAY_ENERGIES)
                                        .execute(Tuple.of(ids(runs), usagePointId, role.name(), from, to))
                                        .map(rows -> new CurrentDays(runs, dayEnergies(rows, usagePointId, role))))))
                .onFailure(ResultsReplaced.class).retry().atMost(REREADS);
    }

    /** The periods' current runs, from the primary: what a client has just been told is published is found. */
    private Uni<List<CurrentRun>> currentRuns(String agreementId, LocalDate from, LocalDate to) {
        return pool.preparedQuery(CURRENT_RUNS).execute(Tuple.of(agreementId, from, to)).map(ResultStore::runs);
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

    /**
     * Reads the runs' results in one snapshot where they are all current: the read replica's when it has replayed
     * them (results are immutable per run, so it serves them as the primary would), the primary's otherwise, or when
     * the replica cannot be reached before the read starts. ResultsReplaced when they are not all current on the
     * primary either.
     */
    private <T> Uni<T> whileCurrent(List<UUID> runs, Function<SqlConnection, Uni<T>> read) {
        if (!reads.isReplica()) {
            return whileCurrentOn(pool, runs, read).invoke(() -> metrics.publishedRead("primary"));
        }
        AtomicBoolean started = new AtomicBoolean();
        return whileCurrentOn(reads.pool(), runs, connection -> {
            started.set(true);
            return read.apply(connection);
        }).invoke(() -> metrics.publishedRead("replica"))
                .onFailure(failure -> !started.get()).recoverWithUni(() -> whileCurrentOn(pool, runs, read)
                        .invoke(() -> metrics.publishedRead("primary")));
    }

    private static <T> Uni<T> whileCurrentOn(Pool on, List<UUID> runs, Function<SqlConnection, Uni<T>> read) {
        return on.withTransaction(connection -> connection.query(ONE_SNAPSHOT).execute()
                .chain(() -> connection.preparedQuery(STILL_CURRENT).execute(Tuple.of(runs.toArray(UUID[]::new))))
                .chain(rows -> {
                    if (rows.iterator().next().getLong(0) != runs.size()) {
                        throw new ResultsReplaced();
                    }
                    return read.apply(connection);
                }));
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

    private static List<DayEnergy> dayEnergies(RowSet<Row> rows, String usagePointId, Role role) {
        List<DayEnergy> days = new ArrayList<>(rows.size());
        rows.forEach(row -> days.add(new DayEnergy(usagePointId, role, row.getLocalDate(0),
                longs(row.getArrayOfLongs(1)), longs(row.getArrayOfLongs(2)))));
        return days;
    }

    private static long[] longs(Long[] values) {
        long[] longs = new long[values.length];
        for (int k = 0; k < longs.length; k++) {
            longs[k] = values[k];
        }
        return longs;
    }

    private static List<UUID> calculationIds(List<CurrentRun> runs) {
        return runs.stream().map(CurrentRun::calculationId).toList();
    }

    private static UUID[] ids(List<CurrentRun> runs) {
        return runs.stream().map(CurrentRun::calculationId).toArray(UUID[]::new);
    }
}
