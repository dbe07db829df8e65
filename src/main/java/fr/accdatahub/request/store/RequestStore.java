package fr.accdatahub.request.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.accdatahub.event.domain.Event;
import fr.accdatahub.event.store.EventLog;
import fr.accdatahub.request.domain.Anomaly;
import fr.accdatahub.request.domain.ChangeRequest;
import fr.accdatahub.request.domain.PmoRequest;
import fr.accdatahub.request.domain.RequestStatus;
import fr.accdatahub.request.domain.RequestType;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** PMO requests in PostgreSQL, the request as sent kept as JSON beside its answer. */
@ApplicationScoped
public class RequestStore {

    private static final String COLUMNS = "id, agreement_id, client_id, type, status, received_at, effective_date, "
            + "answer_due, answered_at, anomalies, body::text";
    private static final String INSERT = """
            INSERT INTO pmo_request (id, agreement_id, client_id, type, status, received_at, effective_date,
                                     answer_due, answered_at, anomalies, body)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, CAST($11::text AS jsonb))""";
    /** Requests of an agreement ($1, or every agreement when null), of a status ($2, or any when null). */
    private static final String MATCHING = "WHERE ($1::text IS NULL OR agreement_id = $1) "
            + "AND ($2::text IS NULL OR status = $2)";
    private static final String PAGE = "SELECT " + COLUMNS + " FROM pmo_request " + MATCHING
            + " ORDER BY received_at DESC, id LIMIT $3 OFFSET $4";
    private static final String COUNT = "SELECT count(*) FROM pmo_request " + MATCHING;
    private static final String ONE = "SELECT " + COLUMNS + " FROM pmo_request WHERE id = $1";
    private static final String OVERDUE = "SELECT " + COLUMNS + " FROM pmo_request "
            + "WHERE status = 'PENDING' AND answer_due < $1 ORDER BY received_at, id";
    private static final String ANSWER = "UPDATE pmo_request SET status = $2, anomalies = $3, answered_at = $4 "
            + "WHERE id = $1 AND status = 'PENDING'";

    private final Pool pool;
    private final ObjectMapper json;

    public RequestStore(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    /** Stores a new request; one refused at once is answered, with its event. */
    public Uni<Void> insert(PmoRequest request) {
        return pool.withTransaction(connection -> connection.preparedQuery(INSERT).execute(Tuple.from(Arrays.asList(
                        request.id(), request.agreementId(), request.clientId(), request.type().name(),
                        request.status().name(), utc(request.receivedAt()), request.effectiveDate(),
                        request.answerDue(), utc(request.answeredAt()), codes(request.anomalies()),
                        write(request.change()))))
                .chain(() -> request.answeredAt() == null ? Uni.createFrom().voidItem() : answered(connection, request)));
    }

    /** A page of requests, newest first; of one agreement unless null, of one status unless null. */
    public Uni<List<PmoRequest>> page(String agreementId, RequestStatus status, int page, int size) {
        return pool.preparedQuery(PAGE)
                .execute(Tuple.of(agreementId, status == null ? null : status.name(), size, (long) page * size))
                .map(this::requests);
    }

    public Uni<Long> count(String agreementId, RequestStatus status) {
        return pool.preparedQuery(COUNT).execute(Tuple.of(agreementId, status == null ? null : status.name()))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    public Uni<Optional<PmoRequest>> find(UUID id) {
        return pool.preparedQuery(ONE).execute(Tuple.of(id)).map(rows -> requests(rows).stream().findFirst());
    }

    /** The pending requests whose answer was due before {@code day}, oldest first. */
    public Uni<List<PmoRequest>> overdue(LocalDate day) {
        return pool.preparedQuery(OVERDUE).execute(Tuple.of(day)).map(this::requests);
    }

    /** Records the answer of a pending request; false when it was answered already. */
    public Uni<Boolean> answer(PmoRequest answered) {
        return pool.withTransaction(connection -> connection.preparedQuery(ANSWER).execute(Tuple.of(answered.id(),
                        answered.status().name(), codes(answered.anomalies()), utc(answered.answeredAt())))
                .chain(rows -> rows.rowCount() != 1 ? Uni.createFrom().item(false)
                        : answered(connection, answered).replaceWith(true)));
    }

    private static Uni<Void> answered(SqlConnection connection, PmoRequest request) {
        return EventLog.append(connection, Event.REQUEST_ANSWERED, request.agreementId(), request.answeredAt(),
                Map.of("request_id", request.id().toString(), "type", request.type().name(),
                        "status", request.status().name(), "anomalies", List.of(codes(request.anomalies()))));
    }

    private List<PmoRequest> requests(RowSet<Row> rows) {
        List<PmoRequest> requests = new ArrayList<>(rows.size());
        rows.forEach(row -> requests.add(request(row)));
        return requests;
    }

    private PmoRequest request(Row row) {
        Set<Anomaly> anomalies = EnumSet.noneOf(Anomaly.class);
        for (String code : row.getArrayOfStrings("anomalies")) {
            anomalies.add(Anomaly.valueOf(code));
        }
        OffsetDateTime answered = row.getOffsetDateTime("answered_at");
        return new PmoRequest(row.getUUID("id"), row.getString("agreement_id").trim(), row.getString("client_id"),
                RequestType.valueOf(row.getString("type")), RequestStatus.valueOf(row.getString("status")),
                row.getOffsetDateTime("received_at").toInstant(), row.getLocalDate("effective_date"),
                row.getLocalDate("answer_due"), answered == null ? null : answered.toInstant(), anomalies,
                read(row.getString("body")));
    }

    private String write(ChangeRequest change) {
        try {
            return json.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the request", e);
        }
    }

    private ChangeRequest read(String body) {
        try {
            return json.readValue(body, ChangeRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a stored request", e);
        }
    }

    private static String[] codes(Set<Anomaly> anomalies) {
        return anomalies.stream().map(Anomaly::name).toArray(String[]::new);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
