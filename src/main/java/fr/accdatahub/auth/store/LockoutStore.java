package fr.accdatahub.auth.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The token endpoint's failed attempts and lockouts (migration V18), by the database's clock. */
@ApplicationScoped
public class LockoutStore {

    private static final String LOCKED_UNTIL = """
            SELECT max(locked_until) FROM token_lockout WHERE subject = ANY($1::text[]) AND locked_until > now()""";

    /** Records a failure of each subject; locks out those that reached {@code $3} failures within the window. */
    private static final String RECORD_FAILURE = """
            WITH recorded AS (
                INSERT INTO token_failure (subject, failed_at) SELECT s, now() FROM unnest($1::text[]) s),
            reached AS (
                SELECT s AS subject FROM unnest($1::text[]) s
                WHERE (SELECT count(*) FROM token_failure f
                       WHERE f.subject = s AND f.failed_at > now() - make_interval(secs => $2)) + 1 >= $3)
            INSERT INTO token_lockout (subject, locked_until)
            SELECT subject, now() + make_interval(secs => $4) FROM reached
            ON CONFLICT (subject) DO UPDATE SET locked_until = excluded.locked_until
            RETURNING locked_until""";

    private static final String PRUNE = """
            WITH failures AS (DELETE FROM token_failure WHERE failed_at < now() - make_interval(secs => $1))
            DELETE FROM token_lockout WHERE locked_until < now()""";

    private final Pool pool;

    public LockoutStore(Pool pool) {
        this.pool = pool;
    }

    /** When the latest lockout of these subjects ends, if one is in force. */
    public Uni<Optional<OffsetDateTime>> lockedUntil(List<String> subjects) {
        return pool.preparedQuery(LOCKED_UNTIL).execute(Tuple.of(subjects.toArray(String[]::new)))
                .map(rows -> Optional.ofNullable(rows.iterator().next().getOffsetDateTime(0)));
    }

    /**
     * Records a failed attempt of each subject, and locks out for {@code duration} those with {@code failures}
     * within {@code window}; answers when the latest lockout this failure started ends, if it started one.
     */
    public Uni<Optional<OffsetDateTime>> recordFailure(List<String> subjects, Duration window, int failures,
            Duration duration) {
        return pool.withTransaction(connection -> connection.preparedQuery(PRUNE)
                .execute(Tuple.of((double) window.toSeconds()))
                .chain(() -> connection.preparedQuery(RECORD_FAILURE).execute(Tuple.of(
                        subjects.toArray(String[]::new), (double) window.toSeconds(), failures,
                        (double) duration.toSeconds())))
                .map(rows -> {
                    OffsetDateTime latest = null;
                    for (Row row : rows) {
                        OffsetDateTime until = row.getOffsetDateTime(0);
                        latest = latest == null || until.isAfter(latest) ? until : latest;
                    }
                    return Optional.ofNullable(latest);
                }));
    }
}
