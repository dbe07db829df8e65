package fr.accdatahub.scenario.store;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * The agreements the scenarios made, their PRMs' numbers, and their removal with every row that names them: a
 * sandbox's teardown, the one place where an agreement's history is deleted rather than kept.
 */
@ApplicationScoped
public class ScenarioStore {

    /** A scenario's agreement, as recorded. */
    public record Made(String agreementId, String scenario, String clientId) {
    }

    private static final String NEXT_USAGE_POINTS = "SELECT '7' || lpad(nextval('scenario_usage_point')::text, 13, '0') "
            + "FROM generate_series(1, $1)";
    private static final String RECORD = "INSERT INTO scenario_agreement (agreement_id, scenario, client_id, created_at) "
            + "VALUES ($1, $2, $3, $4)";
    private static final String FIND = "SELECT agreement_id, scenario, client_id FROM scenario_agreement "
            + "WHERE agreement_id = $1";
    /** In an order that no foreign key refuses; results, claims and webhook deliveries go with their parents. */
    private static final List<String> DELETE = List.of(
            "DELETE FROM raw_curve WHERE usage_point_id IN (SELECT usage_point_id FROM participant WHERE agreement_id = $1)",
            "DELETE FROM repartition_key WHERE agreement_id = $1",
            "DELETE FROM key_submission WHERE agreement_id = $1",
            "DELETE FROM calculation WHERE agreement_id = $1",
            "DELETE FROM calculation_claim WHERE agreement_id = $1",
            "DELETE FROM pmo_request WHERE agreement_id = $1",
            "DELETE FROM event WHERE agreement_id = $1",
            "DELETE FROM mandate WHERE agreement_id = $1",
            "DELETE FROM participant WHERE agreement_id = $1",
            "DELETE FROM agreement_version WHERE agreement_id = $1",
            "DELETE FROM scenario_agreement WHERE agreement_id = $1",
            "DELETE FROM agreement WHERE id = $1");

    private final Pool pool;

    public ScenarioStore(Pool pool) {
        this.pool = pool;
    }

    /** {@code count} PRMs no agreement has used. */
    public Uni<List<String>> newUsagePoints(int count) {
        return pool.preparedQuery(NEXT_USAGE_POINTS).execute(Tuple.of(count)).map(rows -> StreamSupport
                .stream(rows.spliterator(), false).map(row -> row.getString(0)).toList());
    }

    public Uni<Void> record(Made made, Instant createdAt) {
        return pool.preparedQuery(RECORD).execute(Tuple.of(made.agreementId(), made.scenario(), made.clientId(),
                createdAt.atOffset(ZoneOffset.UTC))).replaceWithVoid();
    }

    public Uni<Optional<Made>> find(String agreementId) {
        return pool.preparedQuery(FIND).execute(Tuple.of(agreementId)).map(rows -> {
            var found = rows.iterator();
            if (!found.hasNext()) {
                return Optional.empty();
            }
            Row row = found.next();
            return Optional.of(new Made(row.getString(0), row.getString(1), row.getString(2)));
        });
    }

    /** Deletes the agreement and everything that names it, in one transaction; its mandates' end is announced. */
    public Uni<Void> delete(String agreementId) {
        Tuple id = Tuple.of(agreementId);
        return pool.withTransaction(connection -> Multi.createFrom().iterable(DELETE)
                .onItem().transformToUniAndConcatenate(sql -> connection.preparedQuery(sql).execute(id))
                .collect().last().replaceWithVoid());
    }
}
