package fr.accdatahub.measure;

import fr.accdatahub.allocation.PeriodAllocation;
import fr.accdatahub.calendar.TimeClass;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Calculation runs and their results in PostgreSQL. A completed run's results are written, and made the period's
 * current ones in place of the previous run's, in one transaction: readers see the old results or the new, never a mix.
 */
@ApplicationScoped
public class CalculationStore {

    private static final int ROWS_PER_STATEMENT = 1_000;

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

    /** One row of results: a participant's quantity over a day. */
    record CurveRow(String usagePointId, String quantity, LocalDate day, double[] values, boolean[] estimated) {
    }

    private final Pool pool;

    public CalculationStore(Pool pool) {
        this.pool = pool;
    }

    /** Stores a completed run and makes it the period's current one. */
    public Uni<Void> saveCompleted(Calculation calculation, CalculationInputs inputs, PeriodAllocation result) {
        List<CurveRow> rows = curveRows(inputs, result);
        return pool.withTransaction(connection -> insert(connection, calculation)
                .chain(() -> insertCurves(connection, calculation.calculationId(), rows))
                .chain(() -> insertPairs(connection, calculation.calculationId(), inputs, result))
                .chain(() -> makeCurrent(connection, calculation)));
    }

    /** Records a run that failed; the period's current results stay as they were. */
    public Uni<Void> saveFailed(Calculation calculation) {
        return pool.withTransaction(connection -> insert(connection, calculation));
    }

    public Uni<List<Calculation>> list(String agreementId) {
        return pool.preparedQuery("SELECT * FROM calculation WHERE agreement_id = $1 "
                        + "ORDER BY period_start DESC, started_at DESC")
                .execute(Tuple.of(agreementId))
                .map(rows -> {
                    List<Calculation> calculations = new ArrayList<>(rows.size());
                    rows.forEach(row -> calculations.add(calculation(row)));
                    return calculations;
                });
    }

    /** The periods of an agreement that have a current (published) calculation. */
    public Uni<List<LocalDate>> computedPeriods(String agreementId) {
        return pool.preparedQuery("SELECT period_start FROM calculation WHERE agreement_id = $1 AND current")
                .execute(Tuple.of(agreementId))
                .map(rows -> {
                    List<LocalDate> periods = new ArrayList<>(rows.size());
                    rows.forEach(row -> periods.add(row.getLocalDate(0)));
                    return periods;
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
        String previous = "SELECT id FROM calculation WHERE agreement_id = $1 AND period_start = $2 AND current";
        return connection.preparedQuery("DELETE FROM result_curve WHERE calculation_id IN (" + previous + ")")
                .execute(period)
                .chain(() -> connection.preparedQuery("DELETE FROM result_pair WHERE calculation_id IN ("
                        + previous + ")").execute(period))
                .chain(() -> connection.preparedQuery("UPDATE calculation SET current = false "
                        + "WHERE agreement_id = $1 AND period_start = $2 AND current").execute(period))
                .chain(() -> connection.preparedQuery("UPDATE calculation SET current = true WHERE id = $1")
                        .execute(Tuple.of(c.calculationId())))
                .replaceWithVoid();
    }

    private static Uni<Void> insertCurves(SqlConnection connection, UUID id, List<CurveRow> rows) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<CurveRow> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            chain = chain.chain(() -> connection.preparedQuery(INSERT_CURVES).execute(curveTuple(id, chunk))
                    .replaceWithVoid());
        }
        return chain;
    }

    private static Tuple curveTuple(UUID id, List<CurveRow> chunk) {
        String[] prms = new String[chunk.size()];
        String[] quantities = new String[chunk.size()];
        LocalDate[] days = new LocalDate[chunk.size()];
        String[] values = new String[chunk.size()];
        String[] estimated = new String[chunk.size()];
        StringBuilder literal = new StringBuilder(4096);
        for (int r = 0; r < chunk.size(); r++) {
            CurveRow row = chunk.get(r);
            prms[r] = row.usagePointId();
            quantities[r] = row.quantity();
            days[r] = row.day();
            literal.setLength(0);
            literal.append('{');
            for (int k = 0; k < row.values().length; k++) {
                double value = row.values()[k];
                literal.append(k == 0 ? "" : ",").append(Double.isNaN(value) ? "NULL" : Double.toString(value));
            }
            values[r] = literal.append('}').toString();
            if (row.estimated() == null) {
                estimated[r] = null;
            } else {
                literal.setLength(0);
                literal.append('{');
                for (int k = 0; k < row.estimated().length; k++) {
                    literal.append(k == 0 ? "" : ",").append(row.estimated()[k] ? 't' : 'f');
                }
                estimated[r] = literal.append('}').toString();
            }
        }
        return Tuple.of(id, prms, quantities, days, values, estimated);
    }

    private static Uni<Void> insertPairs(SqlConnection connection, UUID id, CalculationInputs inputs,
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

    /** Every attached participant's quantities, day by day; the DEFAULT coefficients on days where they applied. */
    static List<CurveRow> curveRows(CalculationInputs inputs, PeriodAllocation result) {
        List<CurveRow> rows = new ArrayList<>();
        for (Map.Entry<LocalDate, int[]> entry : inputs.dayRanges().entrySet()) {
            LocalDate day = entry.getKey();
            int from = entry.getValue()[0];
            int to = entry.getValue()[1];
            for (int j = 0; j < inputs.consumers.size(); j++) {
                if (inputs.consumerAttached[j][from]) {
                    String id = inputs.consumers.get(j);
                    addDay(rows, id, day, from, to, inputs.consumptionEstimated[j],
                            new String[] {"cons", "autocons", "complement"},
                            result.consumption[j], result.autoconsumption[j], result.complement[j]);
                    double[] defaultKey = Arrays.copyOfRange(result.defaultKey[j], from, to);
                    if (Arrays.stream(defaultKey).anyMatch(v -> !Double.isNaN(v))) {
                        rows.add(new CurveRow(id, "default_key", day, defaultKey, null));
                    }
                }
            }
            for (int i = 0; i < inputs.producers.size(); i++) {
                if (inputs.producerAttached[i][from]) {
                    addDay(rows, inputs.producers.get(i), day, from, to, inputs.productionEstimated[i],
                            new String[] {"prod", "autoprod", "surplus"},
                            result.production[i], result.autoproduction[i], result.surplus[i]);
                }
            }
        }
        return rows;
    }

    /** A participant's day of its measured quantity (with its estimated marks) and the two it is split into. */
    private static void addDay(List<CurveRow> rows, String id, LocalDate day, int from, int to, boolean[] estimated,
            String[] quantities, double[]... values) {
        for (int q = 0; q < quantities.length; q++) {
            rows.add(new CurveRow(id, quantities[q], day, Arrays.copyOfRange(values[q], from, to),
                    q == 0 ? Arrays.copyOfRange(estimated, from, to) : null));
        }
    }

    private static OffsetDateTime paris(OffsetDateTime instant) {
        return instant.atZoneSameInstant(fr.accdatahub.calendar.ServiceClock.PARIS).toOffsetDateTime();
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
