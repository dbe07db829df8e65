package fr.accdatahub.webhook.store;

/** The webhook store's statements, in one place. Times are the database's ({@code now()}), shared by replicas. */
final class WebhookSql {

    /** Registers or replaces; a new endpoint reads the log from the oldest transaction still running. */
    static final String REGISTER = """
            INSERT INTO webhook_endpoint (client_id, url, event_types, secret, status, cursor_tx, cursor_seq)
            VALUES ($1, $2, $3, $4, 'ACTIVE', pg_snapshot_xmin(pg_current_snapshot()), 0)
            ON CONFLICT (client_id) DO UPDATE SET url = excluded.url, event_types = excluded.event_types,
                secret = excluded.secret, status = 'ACTIVE', failing_since = NULL, registered_at = now(),
                lease = NULL, leased_until = NULL""";

    /**
     * A registration again gives the failed delivery (the head of the endpoint's queue) a new schedule. It also ends
     * any lease: the replica holding one records nothing more for the endpoint (its delivery in flight counts).
     */
    static final String RETRY_FAILED = """
            UPDATE webhook_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = now()
            WHERE client_id = $1 AND status = 'FAILED'""";

    /** Before that, a failed delivery of a type the endpoint no longer asks for is dropped. */
    static final String DROP_UNASKED = """
            DELETE FROM webhook_delivery d USING event v
            WHERE d.client_id = $1 AND d.status = 'FAILED' AND (v.tx, v.seq) = (d.event_tx, d.event_seq)
              AND NOT v.type = ANY($2::text[])""";

    static final String FIND = """
            SELECT e.client_id, e.url, e.event_types, e.status, e.registered_at, e.failing_since,
                   (SELECT count(*) FROM webhook_delivery d WHERE d.client_id = e.client_id AND d.status <> 'DELIVERED')
            FROM webhook_endpoint e WHERE e.client_id = $1""";

    static final String TARGET = "SELECT url, secret FROM webhook_endpoint WHERE client_id = $1";

    static final String DELETE = "DELETE FROM webhook_endpoint WHERE client_id = $1";

    static final String DELIVERIES = """
            SELECT v.id, v.type, v.agreement_id, d.status, d.attempts, d.queued_at, d.next_attempt_at,
                   d.last_attempt_at, d.last_status_code, d.last_error, d.delivered_at
            FROM webhook_delivery d JOIN event v ON (v.tx, v.seq) = (d.event_tx, d.event_seq)
            WHERE d.client_id = $1 AND ($2::text IS NULL OR d.status = $2)
            ORDER BY d.event_tx DESC, d.event_seq DESC LIMIT $3""";

    private static final String NEW_EVENTS = """
            EXISTS (SELECT 1 FROM event v WHERE (v.tx, v.seq) > (e.cursor_tx, e.cursor_seq)
                    AND v.tx < pg_snapshot_xmin(pg_current_snapshot()))""";

    /**
     * Active endpoints nobody delivers to that have new events or whose oldest undelivered event is due, least recently
     * claimed first, locked for this transaction.
     */
    static final String CLAIMABLE = "SELECT e.client_id, e.url, e.secret, e.event_types, e.cursor_tx::text, "
            + "e.cursor_seq, " + NEW_EVENTS + """
             AS has_new FROM webhook_endpoint e
            WHERE e.status = 'ACTIVE' AND (e.leased_until IS NULL OR e.leased_until < now())
              AND (""" + NEW_EVENTS + """
             OR (SELECT d.next_attempt_at <= now() FROM webhook_delivery d
                 WHERE d.client_id = e.client_id AND d.status = 'PENDING'
                 ORDER BY d.event_tx, d.event_seq LIMIT 1))
            ORDER BY e.claimed_at NULLS FIRST, e.client_id LIMIT $1 FOR UPDATE OF e SKIP LOCKED""";

    static final String CLAIMED = "UPDATE webhook_endpoint SET claimed_at = now() WHERE client_id = $1";

    /**
     * Queues the endpoint's events among the next ones of the log ($5 null: of every agreement) and moves its cursor
     * past all of them, queued or not.
     */
    static final String QUEUE = """
            WITH scanned AS (
                SELECT tx, seq, type, agreement_id FROM event
                WHERE (tx, seq) > ($2::text::xid8, $3) AND tx < pg_snapshot_xmin(pg_current_snapshot())
                ORDER BY tx, seq LIMIT 1000),
            queued AS (
                INSERT INTO webhook_delivery (client_id, event_tx, event_seq, status, next_attempt_at)
                SELECT $1, tx, seq, 'PENDING', now() FROM scanned
                WHERE type = ANY($4::text[]) AND ($5::text[] IS NULL OR agreement_id = ANY($5::text[]))
                ON CONFLICT DO NOTHING)
            UPDATE webhook_endpoint SET (cursor_tx, cursor_seq) =
                (SELECT tx, seq FROM scanned ORDER BY tx DESC, seq DESC LIMIT 1)
            WHERE client_id = $1 AND EXISTS (SELECT 1 FROM scanned)""";

    /**
     * Drops the endpoint's undelivered events of agreements the client may no longer read ($2; null: it reads all), so
     * that a mandate that ended or was withdrawn stops its deliveries, retries included.
     */
    static final String DROP_UNREADABLE = """
            DELETE FROM webhook_delivery d USING event v
            WHERE d.client_id = $1 AND d.status = 'PENDING' AND (v.tx, v.seq) = (d.event_tx, d.event_seq)
              AND $2::text[] IS NOT NULL AND NOT (v.agreement_id = ANY($2::text[]))""";

    /** The endpoint's oldest undelivered event, whether it is due, and the event. */
    static final String HEAD = """
            SELECT d.event_tx::text, d.event_seq, d.attempts, d.next_attempt_at <= now() AS due,
                   v.tx::text, v.seq, v.id, v.type, v.occurred_at, v.agreement_id, v.data
            FROM webhook_delivery d JOIN event v ON (v.tx, v.seq) = (d.event_tx, d.event_seq)
            WHERE d.client_id = $1 AND d.status = 'PENDING'
            ORDER BY d.event_tx, d.event_seq LIMIT 1""";

    static final String LEASE = """
            UPDATE webhook_endpoint SET lease = $2, leased_until = now() + $3 * interval '1 millisecond'
            WHERE client_id = $1""";

    /** Extends the lease, if it is still this one. */
    static final String RENEW = """
            UPDATE webhook_endpoint SET leased_until = now() + $3 * interval '1 millisecond'
            WHERE client_id = $1 AND lease = $2""";

    static final String RELEASE = """
            UPDATE webhook_endpoint SET lease = NULL, leased_until = NULL WHERE client_id = $1 AND lease = $2""";

    /**
     * The endpoint's row, locked before its deliveries are written: the order in which a deletion (the endpoint,
     * then its deliveries by cascade) and a registration take them, so that they never wait on one another in a
     * cycle (a deadlock, found by a deletion right after a delivery).
     */
    static final String LOCK_ENDPOINT = "SELECT 1 FROM webhook_endpoint WHERE client_id = $1 FOR UPDATE";

    /** A delivery made: recorded whoever holds the lease now (it was received). */
    static final String DELIVERED = """
            UPDATE webhook_delivery SET status = 'DELIVERED', attempts = attempts + 1, last_attempt_at = now(),
                last_status_code = $4, last_error = NULL, delivered_at = now(), next_attempt_at = NULL
            WHERE client_id = $1 AND event_tx = $2::text::xid8 AND event_seq = $3 AND status = 'PENDING'""";

    /** A failed attempt, by the lease's holder: tried again after $7 ms, or failed for good when $7 is null. */
    static final String FAILED_ATTEMPT = """
            UPDATE webhook_delivery SET attempts = attempts + 1, last_attempt_at = now(), last_status_code = $5,
                last_error = $6,
                status = CASE WHEN $7::bigint IS NULL THEN 'FAILED' ELSE 'PENDING' END,
                next_attempt_at = now() + $7::bigint * interval '1 millisecond'
            WHERE client_id = $1 AND event_tx = $2::text::xid8 AND event_seq = $3 AND status = 'PENDING'
              AND EXISTS (SELECT 1 FROM webhook_endpoint e WHERE e.client_id = $1 AND e.lease = $4)""";

    static final String FAILING = """
            UPDATE webhook_endpoint SET status = 'FAILING', failing_since = now(), lease = NULL, leased_until = NULL
            WHERE client_id = $1 AND lease = $2""";

    private WebhookSql() {
    }
}
