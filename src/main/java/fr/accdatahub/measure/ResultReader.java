package fr.accdatahub.measure;

import fr.accdatahub.agreement.Participant;
import fr.accdatahub.agreement.Role;
import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.calendar.InstantRange;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.calendar.TimeClass;
import fr.accdatahub.error.ApiException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the published results of a range from the periods' current calculations (the last ranges read are kept). A
 * range reaching into a period that has not been computed is a 404 {@code no_data_found}.
 */
@ApplicationScoped
public class ResultReader {

    private static final int ROWS_PER_FETCH = 200;
    private static final int RECENT = 2;

    /**
     * The last ranges read, keyed by what they were computed from (the current calculations and the perimeter), so
     * that reading each PRM's energies of a month reads the month once. Derived data: each replica keeps its own.
     */
    private final Map<List<Object>, PublishedRange> recent = Collections.synchronizedMap(
            new LinkedHashMap<>(4, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Object>, PublishedRange> eldest) {
                    return size() > RECENT;
                }
            });

    private final Pool pool;
    private final Vertx vertx;

    public ResultReader(Pool pool, Vertx vertx) {
        this.pool = pool;
        this.vertx = vertx;
    }

    public Uni<PublishedRange> read(String agreementId, List<Participant> participants, InstantRange range) {
        LocalDate firstDay = StepGrid.dayOf(range.start());
        LocalDate endDay = StepGrid.dayOf(range.end().minusNanos(1)).plusDays(1);
        return covered(agreementId, firstDay, endDay).chain(calculations -> {
            List<Object> key = List.of(agreementId, range, calculations, participants.stream()
                    .map(p -> List.of(p.usagePointId, p.role, p.startDate, String.valueOf(p.endDate),
                            String.valueOf(p.offpeakHours)))
                    .toList());
            PublishedRange cached = recent.get(key);
            return cached != null
                    ? Uni.createFrom().item(cached)
                    : load(agreementId, participants, range, firstDay, endDay).invoke(data -> recent.put(key, data));
        });
    }

    private Uni<PublishedRange> load(String agreementId, List<Participant> participants, InstantRange range,
            LocalDate firstDay, LocalDate endDay) {
        Collector collector = new Collector(agreementId, participants, range);
        return pool.withTransaction(connection -> connection
                        .prepare("""
                                SELECT r.usage_point_id, r.quantity, r.day, r.value, r.estimated
                                FROM result_curve r JOIN calculation c ON c.id = r.calculation_id
                                WHERE c.agreement_id = $1 AND c.current AND r.day >= $2 AND r.day < $3
                                  AND r.quantity IN ('cons', 'autocons', 'prod', 'autoprod')""")
                        .chain(statement -> statement.createStream(ROWS_PER_FETCH,
                                        Tuple.of(agreementId, firstDay, endDay))
                                .toMulti()
                                .invoke(collector::add)
                                .collect().last()))
                .chain(() -> vertx.executeBlocking(Uni.createFrom().item(collector::publish)));
    }

    /** The current calculations covering {@code [from, to)}: a 404 {@code no_data_found} where there is none. */
    private Uni<List<UUID>> covered(String agreementId, LocalDate from, LocalDate to) {
        return pool.preparedQuery("SELECT period_start, period_end, id FROM calculation WHERE agreement_id = $1 "
                        + "AND current AND period_start < $3 AND period_end > $2 ORDER BY period_start")
                .execute(Tuple.of(agreementId, from, to))
                .map(rows -> {
                    LocalDate reached = from;
                    List<UUID> ids = new ArrayList<>();
                    for (Row row : rows) {
                        ids.add(row.getUUID(2));
                        if (row.getLocalDate(0).isAfter(reached)) {
                            break;
                        }
                        reached = row.getLocalDate(1).isAfter(reached) ? row.getLocalDate(1) : reached;
                    }
                    if (reached.isBefore(to)) {
                        throw new ApiException(404, "no_data_found", "No definitive data for " + agreementId
                                + " from " + reached + ": that period has not been computed yet");
                    }
                    return ids;
                });
    }

    /**
     * Gathers the rows as they stream in, into the range's arrays: the rows themselves are never all held at once.
     */
    private static final class Collector {

        private final String agreementId;
        private final List<Participant> participants;
        private final InstantRange range;
        private final List<String> consumers;
        private final List<String> producers;
        private final Map<String, Integer> consumerIndex;
        private final Map<String, Integer> producerIndex;
        private final Map<LocalDate, Integer> dayOffsets = new HashMap<>();
        private final int steps;
        private final double[][] cons;
        private final double[][] autocons;
        private final double[][] prod;
        private final double[][] autoprod;
        private final boolean[][] consEstimated;
        private final boolean[][] prodEstimated;

        Collector(String agreementId, List<Participant> participants, InstantRange range) {
            this.agreementId = agreementId;
            this.participants = participants;
            this.range = range;
            DatePeriod days = new DatePeriod(StepGrid.dayOf(range.start()),
                    StepGrid.dayOf(range.end().minusNanos(1)).plusDays(1));
            this.consumers = ids(participants, Role.CONS, days);
            this.producers = ids(participants, Role.PROD, days);
            this.consumerIndex = index(consumers);
            this.producerIndex = index(producers);
            Instant[] stepList = PublishedRange.steps(range);
            this.steps = stepList.length;
            for (int s = 0; s < stepList.length; s++) {
                dayOffsets.putIfAbsent(StepGrid.dayOf(stepList[s]), s - StepGrid.indexInDay(stepList[s]));
            }
            cons = nan(consumers.size(), steps);
            autocons = nan(consumers.size(), steps);
            prod = nan(producers.size(), steps);
            autoprod = nan(producers.size(), steps);
            consEstimated = new boolean[consumers.size()][steps];
            prodEstimated = new boolean[producers.size()][steps];
        }

        void add(Row row) {
            String quantity = row.getString(1);
            boolean consumer = quantity.equals("cons") || quantity.equals("autocons");
            Integer position = (consumer ? consumerIndex : producerIndex).get(row.getString(0));
            Integer offset = dayOffsets.get(row.getLocalDate(2));
            if (position == null || offset == null) {
                return;
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
                if (s >= 0 && s < steps && values[k] != null) {
                    target[s] = values[k];
                    if (marks != null && estimated != null && Boolean.TRUE.equals(estimated[k])) {
                        marks[s] = true;
                    }
                }
            }
        }

        PublishedRange publish() {
            Map<String, TimeClass.OffPeak> offPeak = new HashMap<>();
            for (Participant participant : participants) {
                offPeak.merge(participant.usagePointId, TimeClass.OffPeak.parse(participant.offpeakHours),
                        (kept, other) -> participant.offpeakHours == null ? kept : other);
            }
            return new PublishedRange(agreementId, range, consumers, producers, cons, autocons, prod, autoprod,
                    consEstimated, prodEstimated, offPeak);
        }
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
