package fr.accdatahub.auth.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
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

    /**
     * Records a failure of the subject; locks it out when it reached {@code $3} failures within the window (the
     * count does not see the row this statement inserts: hence the + 1).
     */
    private static final String RECORD_FAILURE = """
            WITH recorded AS (INSERT INTO token_failure (subject, failed_at) VALUES ($1, now()))
            INSERT INTO token_lockout (subject, locked_until)
            SELECT $1, now() + make_interval(secs => $4)
            WHERE (SELECT count(*) FROM token_failure
                   WHERE subject = $1 AND failed_at > now() - make_interval(secs => $2)) + 1 >= $3
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
     * Records a failed attempt of the subject, and locks it out for {@code duration} when it made {@code failures}
     * within {@code window}; answers when that lockout ends, if this failure started one.
     */
    public Uni<Optional<OffsetDateTime>> recordFailure(String subject, Duration window, int failures,
            Duration duration) {
        return pool.withTransaction(connection -> connection.preparedQuery(PRUNE)
                .execute(Tuple.of((double) window.toSeconds()))
                .chain(() -> connection.preparedQuery(RECORD_FAILURE).execute(Tuple.of(subject,
                        (double) window.toSeconds(), failures, (double) duration.toSeconds())))
                .map(rows -> rows.size() == 0 ? Optional.<OffsetDateTime>empty()
                        : Optional.of(rows.iterator().next().getOffsetDateTime(0))));
    }
}
