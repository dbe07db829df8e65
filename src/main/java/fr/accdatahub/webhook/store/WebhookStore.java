package fr.accdatahub.webhook.store;

import fr.accdatahub.event.store.EventLog;
import fr.accdatahub.webhook.domain.Claim;
import fr.accdatahub.webhook.domain.Delivery;
import fr.accdatahub.webhook.domain.Endpoint;
import fr.accdatahub.webhook.domain.Outcome;
import fr.accdatahub.webhook.domain.SigningSecret;
import fr.accdatahub.webhook.domain.Target;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The endpoints and their delivery queues: one row per endpoint (its cursor in the event log, its lease), one per
 * event queued for it. Deliveries are claimed per endpoint with {@code FOR UPDATE SKIP LOCKED} and a lease, so that
 * replicas share the endpoints and a restart loses nothing.
 */
@ApplicationScoped
public class WebhookStore {

    private final Pool pool;

    public WebhookStore(Pool pool) {
        this.pool = pool;
    }

    /**
     * Registers the client's endpoint (or replaces it, keeping its queue and retrying a failed delivery of a type it
     * still asks for).
     */
    public Uni<Void> register(String clientId, String url, List<String> eventTypes, SigningSecret secret) {
        return pool.withTransaction(connection -> connection.preparedQuery(WebhookSql.REGISTER)
                .execute(Tuple.of(clientId, url, eventTypes.toArray(String[]::new), secret.value()))
                .chain(() -> connection.preparedQuery(WebhookSql.DROP_UNASKED)
                        .execute(Tuple.of(clientId, eventTypes.toArray(String[]::new))))
                .chain(() -> connection.preparedQuery(WebhookSql.RETRY_FAILED).execute(Tuple.of(clientId))))
                .replaceWithVoid();
    }

    public Uni<Optional<Endpoint>> find(String clientId) {
        return pool.preparedQuery(WebhookSql.FIND).execute(Tuple.of(clientId))
                .map(rows -> first(rows).map(WebhookRows::endpoint));
    }

    public Uni<Optional<Target>> target(String clientId) {
        return pool.preparedQuery(WebhookSql.TARGET).execute(Tuple.of(clientId))
                .map(rows -> first(rows).map(row -> new Target(row.getString(0),
                        new SigningSecret(row.getString(1)))));
    }

    /** Removes the endpoint and its queue; answers whether there was one. */
    public Uni<Boolean> delete(String clientId) {
        return pool.preparedQuery(WebhookSql.DELETE).execute(Tuple.of(clientId)).map(rows -> rows.rowCount() > 0);
    }

    /** The endpoint's deliveries, newest event first, of one status or all. */
    public Uni<List<Delivery>> deliveries(String clientId, Delivery.Status status, int limit) {
        return pool.preparedQuery(WebhookSql.DELIVERIES)
                .execute(Tuple.of(clientId, status == null ? null : status.name(), limit))
                .map(rows -> {
                    List<Delivery> deliveries = new ArrayList<>(rows.size());
                    rows.forEach(row -> deliveries.add(WebhookRows.delivery(row)));
                    return deliveries;
                });
    }

    /**
     * Claims up to {@code limit} endpoints that have something to deliver: queues their new events (of the
     * agreements {@code visible} answers for the client, null for all), and leases those whose oldest undelivered
     * event is due. Answers the leased endpoints' next deliveries.
     */
    public Uni<List<Claim>> claim(int limit, Duration lease, Function<String, Uni<List<String>>> visible) {
        return pool.withTransaction(connection -> connection.preparedQuery(WebhookSql.CLAIMABLE)
                .execute(Tuple.of(limit))
                .chain(rows -> {
                    List<Row> endpoints = new ArrayList<>(rows.size());
                    rows.forEach(endpoints::add);
                    return Multi.createFrom().iterable(endpoints)
                            .onItem().transformToUniAndConcatenate(row -> claim(connection, row, lease, visible))
                            .collect().asList();
                })
                .map(claims -> claims.stream().flatMap(Optional::stream).toList()));
    }

    private Uni<Optional<Claim>> claim(SqlConnection connection, Row endpoint, Duration lease,
            Function<String, Uni<List<String>>> visible) {
        String clientId = endpoint.getString(0);
        Uni<Void> queued = visible.apply(clientId).chain(agreements -> {
            String[] readable = agreements == null ? null : agreements.toArray(String[]::new);
            Uni<?> queue = !endpoint.getBoolean(6) ? Uni.createFrom().voidItem()
                    : connection.preparedQuery(WebhookSql.QUEUE).execute(Tuple.from(Arrays.asList(clientId,
                            endpoint.getString(4), endpoint.getLong(5), endpoint.getArrayOfStrings(3), readable)));
            return queue.chain(() -> connection.preparedQuery(WebhookSql.DROP_UNREADABLE)
                    .execute(Tuple.from(Arrays.asList(clientId, readable)))).replaceWithVoid();
        });
        Target target = new Target(endpoint.getString(1), new SigningSecret(endpoint.getString(2)));
        UUID token = UUID.randomUUID();
        return queued.chain(() -> connection.preparedQuery(WebhookSql.CLAIMED).execute(Tuple.of(clientId)))
                .chain(() -> head(connection, clientId)).chain(head -> {
            if (head.isEmpty() || !head.get().getBoolean(3)) {
                return Uni.createFrom().item(Optional.<Claim>empty());
            }
            Row row = head.get();
            EventLog.Positioned event = EventLog.positioned(row, 4);
            Claim claim = new Claim(clientId, token, target, event.position().tx(), event.position().seq(),
                    row.getInteger(2), event.event());
            return connection.preparedQuery(WebhookSql.LEASE).execute(Tuple.of(clientId, token, lease.toMillis()))
                    .map(done -> Optional.of(claim));
        });
    }

    /**
     * Records an attempt's outcome: delivered, or failed and tried again after {@code retryIn} (failed for good,
     * the endpoint failing, when empty). After a delivery, when {@code more} and the endpoint's next event is due,
     * answers it under the renewed lease; otherwise releases the lease and answers empty. The endpoint is locked
     * first ({@link WebhookSql#LOCK_ENDPOINT}).
     */
    public Uni<Optional<Claim>> record(Claim claim, Outcome outcome, Optional<Duration> retryIn, Duration lease,
            boolean more) {
        return pool.withTransaction(connection -> connection.preparedQuery(WebhookSql.LOCK_ENDPOINT)
                .execute(Tuple.of(claim.clientId()))
                .chain(() -> recordLocked(connection, claim, outcome, retryIn, lease, more)));
    }

    private static Uni<Optional<Claim>> recordLocked(SqlConnection connection, Claim claim, Outcome outcome,
            Optional<Duration> retryIn, Duration lease, boolean more) {
        if (!outcome.delivered()) {
            return connection.preparedQuery(WebhookSql.FAILED_ATTEMPT).execute(Tuple.from(Arrays.asList(
                            claim.clientId(), Long.toString(claim.eventTx()), claim.eventSeq(), claim.lease(),
                            outcome.statusCode(), outcome.error(), retryIn.map(Duration::toMillis).orElse(null))))
                    .chain(() -> connection.preparedQuery(retryIn.isPresent() ? WebhookSql.RELEASE
                            : WebhookSql.FAILING).execute(Tuple.of(claim.clientId(), claim.lease())))
                    .map(done -> Optional.<Claim>empty());
        }
        return connection.preparedQuery(WebhookSql.DELIVERED).execute(Tuple.of(claim.clientId(),
                        Long.toString(claim.eventTx()), claim.eventSeq(), outcome.statusCode()))
                .chain(() -> more ? head(connection, claim.clientId()) : Uni.createFrom().item(Optional.<Row>empty()))
                .chain(head -> continueOrRelease(connection, claim, head, lease));
    }

    private static Uni<Optional<Claim>> continueOrRelease(SqlConnection connection, Claim claim, Optional<Row> head,
            Duration lease) {
        if (head.isPresent() && head.get().getBoolean(3)) {
            Row row = head.get();
            EventLog.Positioned event = EventLog.positioned(row, 4);
            return connection.preparedQuery(WebhookSql.RENEW)
                    .execute(Tuple.of(claim.clientId(), claim.lease(), lease.toMillis()))
                    .map(renewed -> renewed.rowCount() == 0 ? Optional.<Claim>empty()
                            : Optional.of(claim.next(event.position().tx(), event.position().seq(),
                                    row.getInteger(2), event.event())));
        }
        return connection.preparedQuery(WebhookSql.RELEASE).execute(Tuple.of(claim.clientId(), claim.lease()))
                .map(released -> Optional.empty());
    }

    private static Uni<Optional<Row>> head(SqlConnection connection, String clientId) {
        return connection.preparedQuery(WebhookSql.HEAD).execute(Tuple.of(clientId)).map(WebhookStore::first);
    }

    private static Optional<Row> first(RowSet<Row> rows) {
        var iterator = rows.iterator();
        return iterator.hasNext() ? Optional.of(iterator.next()) : Optional.empty();
    }
}
