package fr.accdatahub.measure;

import fr.accdatahub.agreement.Participant;
import fr.accdatahub.agreement.Role;
import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.calendar.InstantRange;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.calendar.TimeClass;
import fr.accdatahub.error.ApiException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the published results of a range from the periods' current calculations. A range reaching into a period that
 * has not been computed is a 404 {@code no_data_found}.
 */
@ApplicationScoped
public class ResultReader {

    private final Pool pool;
    private final io.vertx.mutiny.core.Vertx vertx;

    public ResultReader(Pool pool, io.vertx.mutiny.core.Vertx vertx) {
        this.pool = pool;
        this.vertx = vertx;
    }

    public Uni<PublishedRange> read(String agreementId, List<Participant> participants, InstantRange range) {
        LocalDate firstDay = StepGrid.dayOf(range.start());
        LocalDate endDay = StepGrid.dayOf(range.end().minusNanos(1)).plusDays(1);
        return covered(agreementId, firstDay, endDay).chain(() -> pool.preparedQuery("""
                        SELECT r.usage_point_id, r.quantity, r.day, r.value, r.estimated
                        FROM result_curve r JOIN calculation c ON c.id = r.calculation_id
                        WHERE c.agreement_id = $1 AND c.current AND r.day >= $2 AND r.day < $3
                          AND r.quantity IN ('cons', 'autocons', 'prod', 'autoprod')""")
                .execute(Tuple.of(agreementId, firstDay, endDay))
                .chain(rows -> vertx.executeBlocking(Uni.createFrom().item(() ->
                        build(agreementId, participants, range, rows)))));
    }

    private Uni<Void> covered(String agreementId, LocalDate from, LocalDate to) {
        return pool.preparedQuery("SELECT period_start, period_end FROM calculation WHERE agreement_id = $1 "
                        + "AND current AND period_start < $3 AND period_end > $2 ORDER BY period_start")
                .execute(Tuple.of(agreementId, from, to))
                .map(rows -> {
                    LocalDate reached = from;
                    for (Row row : rows) {
                        if (row.getLocalDate(0).isAfter(reached)) {
                            break;
                        }
                        reached = row.getLocalDate(1).isAfter(reached) ? row.getLocalDate(1) : reached;
                    }
                    if (reached.isBefore(to)) {
                        throw new ApiException(404, "no_data_found", "No definitive data for " + agreementId
                                + " from " + reached + ": that period has not been computed yet");
                    }
                    return null;
                });
    }

    private static PublishedRange build(String agreementId, List<Participant> participants, InstantRange range,
            io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        DatePeriod days = new DatePeriod(StepGrid.dayOf(range.start()),
                StepGrid.dayOf(range.end().minusNanos(1)).plusDays(1));
        List<String> consumers = ids(participants, Role.CONS, days);
        List<String> producers = ids(participants, Role.PROD, days);
        Instant[] steps = PublishedRange.steps(range);
        Map<LocalDate, Integer> dayOffsets = new HashMap<>();
        for (int s = 0; s < steps.length; s++) {
            LocalDate day = StepGrid.dayOf(steps[s]);
            dayOffsets.putIfAbsent(day, s - StepGrid.indexInDay(steps[s]));
        }
        double[][] cons = nan(consumers.size(), steps.length);
        double[][] autocons = nan(consumers.size(), steps.length);
        double[][] prod = nan(producers.size(), steps.length);
        double[][] autoprod = nan(producers.size(), steps.length);
        boolean[][] consEstimated = new boolean[consumers.size()][steps.length];
        boolean[][] prodEstimated = new boolean[producers.size()][steps.length];
        Map<String, Integer> consumerIndex = index(consumers);
        Map<String, Integer> producerIndex = index(producers);
        for (Row row : rows) {
            String quantity = row.getString(1);
            boolean consumer = quantity.equals("cons") || quantity.equals("autocons");
            Integer position = (consumer ? consumerIndex : producerIndex).get(row.getString(0));
            Integer offset = dayOffsets.get(row.getLocalDate(2));
            if (position == null || offset == null) {
                continue;
            }
            double[] target = switch (quantity) {
                case "cons" -> cons[position];
                case "autocons" -> autocons[position];
                case "prod" -> prod[position];
                default -> autoprod[position];
            };
            Double[] values = row.getArrayOfDoubles(3);
            Boolean[] estimated = row.getArrayOfBooleans(4);
            boolean[] marks = quantity.equals("cons") ? consEstimated[position]
                    : quantity.equals("prod") ? prodEstimated[position] : null;
            for (int k = 0; k < values.length; k++) {
                int s = offset + k;
                if (s >= 0 && s < steps.length && values[k] != null) {
                    target[s] = values[k];
                    if (marks != null && estimated != null && Boolean.TRUE.equals(estimated[k])) {
                        marks[s] = true;
                    }
                }
            }
        }
        Map<String, TimeClass.OffPeak> offPeak = new HashMap<>();
        for (Participant participant : participants) {
            offPeak.merge(participant.usagePointId, TimeClass.OffPeak.parse(participant.offpeakHours),
                    (kept, other) -> participant.offpeakHours == null ? kept : other);
        }
        return new PublishedRange(agreementId, range, consumers, producers, cons, autocons, prod, autoprod,
                consEstimated, prodEstimated, offPeak);
    }

    private static List<String> ids(List<Participant> participants, Role role, DatePeriod days) {
        return participants.stream()
                .filter(p -> p.role == role && p.toAttachment().period().overlaps(days))
                .map(p -> p.usagePointId).distinct().sorted().toList();
    }

    private static Map<String, Integer> index(List<String> ids) {
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < ids.size(); k++) {
            index.put(ids.get(k), k);
        }
        return index;
    }

    private static double[][] nan(int rows, int columns) {
        double[][] values = new double[rows][columns];
        for (double[] row : values) {
            Arrays.fill(row, Double.NaN);
        }
        return values;
    }
}
