package fr.accdatahub.calculation.store;

import fr.accdatahub.allocation.PeriodAllocation;
import fr.accdatahub.calculation.domain.Calculation;
import fr.accdatahub.calculation.domain.DayEnergies;
import fr.accdatahub.calculation.domain.DayEnergy;
import fr.accdatahub.calculation.domain.Defaulted;
import fr.accdatahub.calculation.domain.PeriodInputs;
import fr.accdatahub.calculation.domain.PublishedVersion;
import fr.accdatahub.calculation.domain.ResultRows.CurveRow;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.calendar.TimeClass;
import fr.accdatahub.event.domain.Event;
import fr.accdatahub.event.store.EventLog;
import fr.accdatahub.failure.Conflict;
import fr.accdatahub.storage.PgArrays;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Calculation runs and their results in PostgreSQL. A completed run's results are written, and made the period's
 * current ones in place of the previous run's, in one transaction: readers see the old results or the new, never a mix.
 */
@ApplicationScoped
public class CalculationStore {

    private static final int ROWS_PER_STATEMENT = 1_000;

    private static final String ENSURE_CLAIM = "INSERT INTO calculation_claim (agreement_id, period_start) "
            + "VALUES ($1, $2) ON CONFLICT DO NOTHING";
    private static final String CLAIM = "SELECT 1 FROM calculation_claim WHERE agreement_id = $1 AND period_start = $2 "
            + "FOR UPDATE";
    private static final String CLAIM_UNLESS_TAKEN = CLAIM + " SKIP LOCKED";

    private static final String INSERT_CALCULATION = """
            INSERT INTO calculation (id, agreement_id, period_start, period_end, status, trigger, current, started_at,
                                     finished_at, key_type, steps, default_steps, submissions, measured_points,
                                     estimated_points, failure)
            VALUES ($1, $2, $3, $4, $5, $6, false, $7, $8, $9, $10, $11, $12, $13, $14, $15)""";

    private static final String INSERT_CURVES = """
            INSERT INTO result_curve (calculation_id, usage_point_id, quantity, day, value, estimated)
            SELECT $1, t.prm, t.quantity, t.day, t.value::double precision[], t.estimated::boolean[]
            FROM unnest($2::text[], $3::text[], $4::date[], $5::text[], $6::text[])
                AS t(prm, quantity, day, value, estimated)""";

    private static final String INSERT_PAIRS = """
            INSERT INTO result_pair (calculation_id, producer_id, consumer_id, time_class, energy_wh)
            SELECT $1, t.producer, t.consumer, t.class, t.energy
            FROM unnest($2::text[], $3::text[], $4::text[], $5::double precision[]) AS t(producer, consumer, class, energy)""";

    private static final String INSERT_ENERGIES = """
            INSERT INTO result_energy (calculation_id, usage_point_id, role, day, whole, part)
            SELECT $1, t.prm, t.role, t.day, t.whole::bigint[], t.part::bigint[]
            FROM unnest($2::text[], $3::text[], $4::date[], $5::text[], $6::text[]) AS t(prm, role, day, whole, part)""";
    private static final String INSERT_ENERGY_BASIS =
            "INSERT INTO result_energy_basis (calculation_id, basis) VALUES ($1, $2)";

    private static final String PERIOD_CURRENT =
            "SELECT id FROM calculation WHERE agreement_id = $1 AND period_start = $2 AND current";
    private static final String DELETE_CURRENT_CURVES =
            "DELETE FROM result_curve WHERE calculation_id IN (" + PERIOD_CURRENT + ")";
    private static final String DELETE_CURRENT_PAIRS =
            "DELETE FROM result_pair WHERE calculation_id IN (" + PERIOD_CURRENT + ")";
    private static final String DELETE_CURRENT_ENERGIES =
            "DELETE FROM result_energy WHERE calculation_id IN (" + PERIOD_CURRENT + ")";
    private static final String DELETE_CURRENT_ENERGY_BASIS =
            "DELETE FROM result_energy_basis WHERE calculation_id IN (" + PERIOD_CURRENT + ")";
    private static final String UNMARK_CURRENT =
            "UPDATE calculation SET current = false WHERE agreement_id = $1 AND period_start = $2 AND current";
    private static final String MARK_CURRENT = "UPDATE calculation SET current = true WHERE id = $1";

    private static final String VERSION = "SELECT count(*) FROM calculation "
            + "WHERE agreement_id = $1 AND period_start = $2 AND status = 'COMPLETED'";
    private static final String DEFINITIVE_RUNS = "SELECT count(*) FROM calculation "
            + "WHERE agreement_id = $1 AND period_start = $2 AND status = 'COMPLETED' AND started_at >= $3";
    private static final String LIST = "SELECT * FROM calculation WHERE agreement_id = $1 "
            + "ORDER BY period_start DESC, seq DESC";

    private static final String FORGET_BEFORE = "DELETE FROM calculation WHERE period_start < $1";
    private static final String FORGET_CLAIMS_BEFORE = "DELETE FROM calculation_claim WHERE period_start < $1";

    /** The refusal of an operator's run that waited {@code acc.calculation.claim-wait} for another run of the period. */
    public static final String CALCULATION_IN_PROGRESS = "calculation_in_progress";

    private final Pool pool;
    private final Duration claimWait;

    public CalculationStore(Pool pool, @ConfigProperty(name = "acc.calculation.claim-wait") Duration claimWait) {
        this.pool = pool;
        this.claimWait = claimWait;
    }

    /**
     * Runs {@code work} holding the period's claim, a row lock that PostgreSQL releases when the claiming
     * transaction ends or its connection closes (a replica that dies frees its periods). With {@code wait}, waits
     * for whoever holds it to end; without, answers {@code taken} while another holds it.
     */
    public <T> Uni<T> claimed(String agreementId, LocalDate periodStart, boolean wait, Supplier<Uni<T>> work,
            Supplier<T> taken) {
        Tuple period = Tuple.of(agreementId, periodStart);
        return pool.preparedQuery(ENSURE_CLAIM).execute(period)
                .chain(() -> pool.withTransaction(transaction -> transaction
                        // The wait for the claim is bounded by the lock timeout, not the service's statement timeout.
                        .query("SET LOCAL lock_timeout = " + claimWait.toMillis() + "; SET LOCAL statement_timeout = 0")
                        .execute()
                        .chain(() -> transaction.preparedQuery(wait ? CLAIM : CLAIM_UNLESS_TAKEN).execute(period))
                        .onFailure(CalculationStore::lockTimeout).transform(timeout -> new Conflict(
                                CALCULATION_IN_PROGRESS, "The period has been computed by another run for longer than "
                                        + claimWait.toSeconds() + " s; try again later"))
                        .chain(claim -> claim.size() == 1 ? work.get() : Uni.createFrom().item(taken))));
    }

    /** Runs {@code work} holding the claims of all these periods, waiting for whoever holds one of them. */
    public <T> Uni<T> claimedAll(String agreementId, List<LocalDate> periodStarts, Supplier<Uni<T>> work) {
        if (periodStarts.isEmpty()) {
            return work.get();
        }
        List<LocalDate> rest = periodStarts.subList(1, periodStarts.size());
        return claimed(agreementId, periodStarts.getFirst(), true, () -> claimedAll(agreementId, rest, work), () -> null);
    }

    private static boolean lockTimeout(Throwable failure) {
        return failure instanceof PgException pg && "55P03".equals(pg.getSqlState());
    }

    /** Stores a completed run, its rows and day energies, and makes it the period's current one. */
    public Uni<Void> saveCompleted(Calculation calculation, PeriodInputs inputs, PeriodAllocation result,
            List<CurveRow> rows, DayEnergies energies) {
        return pool.withTransaction(connection -> insert(connection, calculation)
                .chain(() -> insertCurves(connection, calculation.calculationId(), rows))
                .chain(() -> insertEnergies(connection, calculation.calculationId(), energies))
                .chain(() -> insertPairs(connection, calculation.calculationId(), inputs, result))
                .chain(() -> makeCurrent(connection, calculation))
                .chain(() -> published(connection, calculation))
                .chain(() -> defaultedOnFirstDefinitive(connection, calculation, inputs, result)));
    }

    /** At the key deadline, with the period's first definitive version: what the keys left to the defaults. */
    private static Uni<Void> defaultedOnFirstDefinitive(SqlConnection connection, Calculation c, PeriodInputs inputs,
            PeriodAllocation result) {
        Instant deadline = inputs.period.keyDeadline();
        if (c.startedAt().toInstant().isBefore(deadline)) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery(DEFINITIVE_RUNS)
                .execute(Tuple.of(c.agreementId(), c.periodStart(), deadline.atOffset(ZoneOffset.UTC)))
                .chain(rows -> rows.iterator().next().getLong(0) != 1 ? Uni.createFrom().voidItem()
                        : EventLog.append(connection, Event.KEYS_DEFAULTED, c.agreementId(),
                                c.finishedAt().toInstant(), Defaulted.of(inputs, result)));
    }

    /** The event of a publication, numbered among its period's completed runs (this one included). */
    private static Uni<Void> published(SqlConnection connection, Calculation c) {
        return connection.preparedQuery(VERSION).execute(Tuple.of(c.agreementId(), c.periodStart()))
                .chain(rows -> EventLog.append(connection, Event.PUBLISHED, c.agreementId(),
                        c.finishedAt().toInstant(), Map.of(
                                "period_start", c.periodStart().toString(),
                                "period_end", c.periodEnd().toString(),
                                "calculation_id", c.calculationId().toString(),
                                "version", rows.iterator().next().getLong(0),
                                "status", PublishedVersion.statusOf(c.periodStart(), c.periodEnd(),
                                        c.startedAt().toInstant()).name())));
    }

    /** Forgets the runs of the periods that began before {@code before}, with their results; how many went. */
    public Uni<Integer> forgetBefore(LocalDate before) {
        return pool.withTransaction(connection -> connection.preparedQuery(FORGET_CLAIMS_BEFORE)
                .execute(Tuple.of(before))
                .chain(() -> connection.preparedQuery(FORGET_BEFORE).execute(Tuple.of(before)))
                .map(rows -> rows.rowCount()));
    }

    /** Records a run that failed; the period's current results stay as they were. */
    public Uni<Void> saveFailed(Calculation calculation) {
        return pool.withTransaction(connection -> insert(connection, calculation));
    }

    /** Every run of an agreement: periods newest first, each period's runs newest (last recorded) first. */
    public Uni<List<Calculation>> list(String agreementId) {
        return pool.preparedQuery(LIST)
                .execute(Tuple.of(agreementId))
                .map(rows -> {
                    List<Calculation> calculations = new ArrayList<>(rows.size());
                    rows.forEach(row -> calculations.add(calculation(row)));
                    return calculations;
                });
    }

    private static Uni<Void> insert(SqlConnection connection, Calculation c) {
        return connection.preparedQuery(INSERT_CALCULATION).execute(Tuple.from(Arrays.asList(
                        c.calculationId(), c.agreementId(), c.periodStart(), c.periodEnd(), c.status().name(),
                        c.trigger().name(), c.startedAt(), c.finishedAt(), c.keyType(), c.steps(), c.defaultSteps(),
                        c.submissions().toArray(UUID[]::new), c.measuredPoints(), c.estimatedPoints(), c.failure())))
                .replaceWithVoid();
    }

    private static Uni<Void> makeCurrent(SqlConnection connection, Calculation c) {
        Tuple period = Tuple.of(c.agreementId(), c.periodStart());
        return connection.preparedQuery(DELETE_CURRENT_CURVES).execute(period)
                .chain(() -> connection.preparedQuery(DELETE_CURRENT_PAIRS).execute(period))
                .chain(() -> connection.preparedQuery(DELETE_CURRENT_ENERGIES).execute(period))
                .chain(() -> connection.preparedQuery(DELETE_CURRENT_ENERGY_BASIS).execute(period))
                .chain(() -> connection.preparedQuery(UNMARK_CURRENT).execute(period))
                .chain(() -> connection.preparedQuery(MARK_CURRENT).execute(Tuple.of(c.calculationId())))
                .replaceWithVoid();
    }

    /** Inserts the rows a statement at a time, {@link #ROWS_PER_STATEMENT} rows each, one after the other. */
    private static <T> Uni<Void> insertInChunks(SqlConnection connection, String statement, List<T> rows,
            Function<List<T>, Tuple> tuple) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            chain = chain.chain(() -> connection.preparedQuery(statement).execute(tuple.apply(chunk))
                    .replaceWithVoid());
        }
        return chain;
    }

    private static Uni<Void> insertCurves(SqlConnection connection, UUID id, List<CurveRow> rows) {
        return insertInChunks(connection, INSERT_CURVES, rows, chunk -> curveTuple(id, chunk));
    }

    private static Tuple curveTuple(UUID id, List<CurveRow> chunk) {
        String[] prms = new String[chunk.size()];
        String[] quantities = new String[chunk.size()];
        LocalDate[] days = new LocalDate[chunk.size()];
        String[] values = new String[chunk.size()];
        String[] estimated = new String[chunk.size()];
        for (int r = 0; r < chunk.size(); r++) {
            CurveRow row = chunk.get(r);
            prms[r] = row.usagePointId();
            quantities[r] = row.quantity();
            days[r] = row.day();
            values[r] = PgArrays.of(row.values());
            estimated[r] = row.estimated() == null ? null : PgArrays.of(row.estimated());
        }
        return Tuple.of(id, prms, quantities, days, values, estimated);
    }

    private static Uni<Void> insertEnergies(SqlConnection connection, UUID id, DayEnergies energies) {
        return connection.preparedQuery(INSERT_ENERGY_BASIS).execute(Tuple.of(id, energies.basis()))
                .chain(() -> insertInChunks(connection, INSERT_ENERGIES, energies.days(), chunk -> energyTuple(id,
                        chunk)));
    }

    private static Tuple energyTuple(UUID id, List<DayEnergy> chunk) {
        String[] prms = new String[chunk.size()];
        String[] roles = new String[chunk.size()];
        LocalDate[] days = new LocalDate[chunk.size()];
        String[] whole = new String[chunk.size()];
        String[] part = new String[chunk.size()];
        for (int r = 0; r < chunk.size(); r++) {
            DayEnergy day = chunk.get(r);
            prms[r] = day.usagePointId();
            roles[r] = day.role().name();
            days[r] = day.day();
            whole[r] = PgArrays.of(day.whole());
            part[r] = PgArrays.of(day.part());
        }
        return Tuple.of(id, prms, roles, days, whole, part);
    }

    private static Uni<Void> insertPairs(SqlConnection connection, UUID id, PeriodInputs inputs,
            PeriodAllocation result) {
        List<String> producers = new ArrayList<>();
        List<String> consumers = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        List<Double> energies = new ArrayList<>();
        int consumerCount = inputs.consumers.size();
        for (int i = 0; i < inputs.producers.size(); i++) {
            for (int j = 0; j < consumerCount; j++) {
                for (TimeClass timeClass : TimeClass.values()) {
                    double energy = result.pairs[(i * consumerCount + j) * PeriodAllocation.CLASSES
                            + timeClass.ordinal()];
                    if (energy > 0) {
                        producers.add(inputs.producers.get(i));
                        consumers.add(inputs.consumers.get(j));
                        classes.add(timeClass.name());
                        energies.add(energy);
                    }
                }
            }
        }
        if (producers.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery(INSERT_PAIRS).execute(Tuple.of(id, producers.toArray(String[]::new),
                        consumers.toArray(String[]::new), classes.toArray(String[]::new),
                        energies.toArray(Double[]::new)))
                .replaceWithVoid();
    }

    private static OffsetDateTime paris(OffsetDateTime instant) {
        return Paris.local(instant.toInstant());
    }

    private static Calculation calculation(Row row) {
        UUID[] submissions = row.getArrayOfUUIDs("submissions");
        return new Calculation(row.getUUID("id"), row.getString("agreement_id"), row.getLocalDate("period_start"),
                row.getLocalDate("period_end"), Calculation.Status.valueOf(row.getString("status")),
                Calculation.Trigger.valueOf(row.getString("trigger")), row.getBoolean("current"),
                paris(row.getOffsetDateTime("started_at")), paris(row.getOffsetDateTime("finished_at")),
                row.getString("key_type"),
                row.getInteger("steps"), row.getInteger("default_steps"), List.of(submissions),
                row.getInteger("measured_points"), row.getInteger("estimated_points"), row.getString("failure"));
    }
}
