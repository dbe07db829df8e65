package fr.accdatahub.keys.store;

import fr.accdatahub.event.domain.Event;
import fr.accdatahub.event.store.EventLog;
import fr.accdatahub.keys.domain.AcceptedKey;
import fr.accdatahub.keys.domain.ConsumerColumns;
import fr.accdatahub.keys.domain.StoredKey;
import fr.accdatahub.storage.PackedShorts;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Keys and submissions in PostgreSQL, written set-based: a submission's accepted keys go in a few
 * {@code INSERT … SELECT FROM unnest(…)} statements, in one transaction with the submission and its report.
 */
@ApplicationScoped
public class KeyStore {

    private static final int ROWS_PER_STATEMENT = 2_000;
    private static final Comparator<AcceptedKey> ROW_ORDER = Comparator.comparing(AcceptedKey::step)
            .thenComparing(AcceptedKey::producerId);

    /** The id of a consumer set, created when new; an existing one is only read (no row lock, no new version). */
    private static final String UPSERT_SET = """
            WITH created AS (
                INSERT INTO consumer_set (usage_point_ids, digest) VALUES ($1, $2)
                ON CONFLICT (digest) DO NOTHING RETURNING id)
            SELECT id FROM created UNION ALL SELECT id FROM consumer_set WHERE digest = $2 LIMIT 1""";

    private static final String SET_BY_DIGEST = "SELECT id FROM consumer_set WHERE digest = $1";

    private static final String UPSERT_KEYS = """
            INSERT INTO repartition_key (agreement_id, step_start, producer_id, consumer_set_id, coefficients, submission_id)
            SELECT $1, t.step_start, t.producer_id, t.set_id, t.coefficients, $6
            FROM unnest($2::timestamptz[], $3::text[], $4::bigint[], $5::bytea[])
                AS t(step_start, producer_id, set_id, coefficients)
            ON CONFLICT (agreement_id, step_start, producer_id) DO UPDATE
            SET consumer_set_id = excluded.consumer_set_id, coefficients = excluded.coefficients,
                submission_id = excluded.submission_id""";

    private static final String BY_IDEMPOTENCY_KEY = "SELECT request_digest, report::text FROM key_submission "
            + "WHERE client_id = $1 AND idempotency_key = $2";

    private static final String KEYS_IN_RANGE = "WHERE k.agreement_id = $1 AND k.step_start >= $2 AND k.step_start < $3 "
            + "AND (k.producer_id <> '') = $4";
    private static final String CONSUMER_SETS_OF_KEYS = "SELECT s.id, s.usage_point_ids FROM consumer_set s WHERE s.id IN "
            + "(SELECT DISTINCT k.consumer_set_id FROM repartition_key k " + KEYS_IN_RANGE + ")";
    private static final String KEYS = "SELECT k.step_start, k.producer_id, k.consumer_set_id, k.coefficients, "
            + "k.submission_id FROM repartition_key k " + KEYS_IN_RANGE + " ORDER BY k.step_start, k.producer_id";

    private static final String SUBMISSIONS = """
            SELECT id, agreement_id, client_id, received_at, key_type, file_name, accepted, rejected
            FROM key_submission WHERE agreement_id = $1
            ORDER BY received_at DESC, id LIMIT $2 OFFSET $3""";
    private static final String COUNT_SUBMISSIONS = "SELECT count(*) FROM key_submission WHERE agreement_id = $1";
    private static final String REPORT = "SELECT report::text FROM key_submission WHERE agreement_id = $1 AND id = $2";

    private static final String INSERT_SUBMISSION = """
            INSERT INTO key_submission (id, agreement_id, client_id, received_at, key_type, file_name, accepted,
                                        rejected, report, idempotency_key, request_digest)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CAST($9::text AS json), $10, $11)""";

    /** A submission's row: who sent what, when, with which outcome. */
    public record Submission(UUID id, String agreementId, String clientId, Instant receivedAt, String keyType,
            String fileName, int accepted, int rejected, String idempotencyKey, String requestDigest) {
    }

    /** A submission found by its idempotency key. */
    public record Previous(String requestDigest, String report) {
    }

    private final Pool pool;

    public KeyStore(Pool pool) {
        this.pool = pool;
    }

    /** Stores the accepted keys and the submission with its report, all or nothing. */
    public Uni<Void> store(Submission submission, String reportJson, List<AcceptedKey> accepted) {
        return pool.withTransaction(connection -> storeConsumerSets(connection, accepted)
                .chain(setIds -> storeKeys(connection, submission, accepted, setIds))
                .chain(() -> connection.preparedQuery(INSERT_SUBMISSION).execute(Tuple.from(Arrays.asList(
                        submission.id(), submission.agreementId(), submission.clientId(),
                        utc(submission.receivedAt()), submission.keyType(), submission.fileName(),
                        submission.accepted(), submission.rejected(), reportJson, submission.idempotencyKey(),
                        submission.requestDigest()))))
                .chain(() -> EventLog.append(connection, Event.KEYS_JUDGED, submission.agreementId(),
                        submission.receivedAt(), judged(submission))));
    }

    private static Map<String, Object> judged(Submission submission) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("submission_id", submission.id().toString());
        data.put("key_type", submission.keyType());
        if (submission.fileName() != null) {
            data.put("file_name", submission.fileName());
        }
        data.put("accepted", submission.accepted());
        data.put("rejected", submission.rejected());
        return data;
    }

    public Uni<Optional<Previous>> findByIdempotencyKey(String clientId, String idempotencyKey) {
        return pool.preparedQuery(BY_IDEMPOTENCY_KEY)
                .execute(Tuple.of(clientId, idempotencyKey))
                .map(rows -> rows.size() == 0 ? Optional.<Previous>empty() : Optional.of(previous(rows.iterator().next())));
    }

    /**
     * The keys stored for {@code [from, to)}: SIMPLE rows or FULL rows, by step and producer. Each list of consumers
     * is read once and shared by the keys that use it; coefficients come packed, read without boxing.
     */
    public Uni<List<StoredKey>> keys(String agreementId, Instant from, Instant to, boolean full) {
        Tuple range = Tuple.of(agreementId, utc(from), utc(to), full);
        return pool.preparedQuery(CONSUMER_SETS_OF_KEYS)
                .execute(range)
                .chain(sets -> {
                    Map<Long, String[]> consumers = new HashMap<>();
                    sets.forEach(row -> consumers.put(row.getLong(0), row.getArrayOfStrings(1)));
                    return pool.preparedQuery(KEYS)
                            .execute(range)
                            .map(rows -> {
                                List<StoredKey> keys = new ArrayList<>(rows.size());
                                for (Row row : rows) {
                                    keys.add(new StoredKey(row.getOffsetDateTime(0).toInstant(), row.getString(1),
                                            consumers.get(row.getLong(2)), PackedShorts.values(row.getDelegate().getBuffer(3)), row.getUUID(4)));
                                }
                                return keys;
                            });
                });
    }

    /** A page of an agreement's submissions, newest first, without their reports. */
    public Uni<List<Submission>> submissions(String agreementId, int page, int size) {
        return pool.preparedQuery(SUBMISSIONS)
                .execute(Tuple.of(agreementId, size, (long) page * size))
                .map(rows -> {
                    List<Submission> submissions = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        submissions.add(new Submission(row.getUUID("id"), row.getString("agreement_id"),
                                row.getString("client_id"), row.getOffsetDateTime("received_at").toInstant(),
                                row.getString("key_type"), row.getString("file_name"), row.getInteger("accepted"),
                                row.getInteger("rejected"), null, null));
                    }
                    return submissions;
                });
    }

    public Uni<Long> countSubmissions(String agreementId) {
        return pool.preparedQuery(COUNT_SUBMISSIONS)
                .execute(Tuple.of(agreementId))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    public Uni<Optional<String>> report(String agreementId, UUID submissionId) {
        return pool.preparedQuery(REPORT)
                .execute(Tuple.of(agreementId, submissionId))
                .map(rows -> rows.size() == 0 ? Optional.<String>empty()
                        : Optional.of(rows.iterator().next().getString(0)));
    }

    private static Uni<Map<ConsumerColumns, Long>> storeConsumerSets(SqlConnection connection,
            List<AcceptedKey> accepted) {
        // By digest, and the keys by step and producer: concurrent submissions lock the same rows in the same order,
        // so that one waits for the other (which then wins every step) and neither deadlocks.
        Map<String, ConsumerColumns> byDigest = new TreeMap<>();
        new LinkedHashSet<>(accepted.stream().map(AcceptedKey::consumers).toList())
                .forEach(set -> byDigest.put(set.digest(), set));
        Collection<ConsumerColumns> sets = byDigest.values();
        Map<ConsumerColumns, Long> ids = new HashMap<>();
        return Multi.createFrom().iterable(sets)
                .onItem().transformToUniAndConcatenate(set -> connection.preparedQuery(UPSERT_SET)
                        .execute(Tuple.of(set.usagePointIds(), set.digest()))
                        // Created by a concurrent submission that committed while this one waited: its row is past
                        // this statement's snapshot, and the next statement sees it.
                        .chain(rows -> rows.size() > 0 ? Uni.createFrom().item(rows)
                                : connection.preparedQuery(SET_BY_DIGEST).execute(Tuple.of(set.digest())))
                        .invoke(rows -> ids.put(set, rows.iterator().next().getLong(0))))
                .collect().last()
                .replaceWith(ids);
    }

    private static Uni<Void> storeKeys(SqlConnection connection, Submission submission, List<AcceptedKey> accepted,
            Map<ConsumerColumns, Long> setIds) {
        List<AcceptedKey> rows = inRowOrder(accepted);
        List<List<AcceptedKey>> chunks = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            chunks.add(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)));
        }
        return Multi.createFrom().iterable(chunks)
                .onItem().transformToUniAndConcatenate(chunk -> connection.preparedQuery(UPSERT_KEYS)
                        .execute(keyRows(submission, chunk, setIds)))
                .collect().last()
                .replaceWithVoid();
    }

    /** The keys by step, then producer: as they come when the request lists its steps in order (checked first). */
    static List<AcceptedKey> inRowOrder(List<AcceptedKey> accepted) {
        for (int i = 1; i < accepted.size(); i++) {
            if (ROW_ORDER.compare(accepted.get(i - 1), accepted.get(i)) > 0) {
                List<AcceptedKey> sorted = new ArrayList<>(accepted);
                sorted.sort(ROW_ORDER);
                return sorted;
            }
        }
        return accepted;
    }

    private static Tuple keyRows(Submission submission, List<AcceptedKey> chunk, Map<ConsumerColumns, Long> setIds) {
        OffsetDateTime[] steps = new OffsetDateTime[chunk.size()];
        String[] producers = new String[chunk.size()];
        Long[] sets = new Long[chunk.size()];
        Buffer[] coefficients = new Buffer[chunk.size()];
        for (int i = 0; i < chunk.size(); i++) {
            AcceptedKey key = chunk.get(i);
            steps[i] = utc(key.step());
            producers[i] = key.producerId();
            sets[i] = setIds.get(key.consumers());
            coefficients[i] = PackedShorts.of(key.coefficients());
        }
        return Tuple.of(submission.agreementId(), steps, producers, sets, coefficients, submission.id());
    }

    private static Previous previous(Row row) {
        return new Previous(row.getString(0), row.getString(1));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
