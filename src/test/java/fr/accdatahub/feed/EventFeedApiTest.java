package fr.accdatahub.feed;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.support.Api;
import fr.accdatahub.support.Api.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The event feed: what happened to the caller's agreements, in order, from a cursor, and nothing of others'. */
@QuarkusTest
class EventFeedApiTest {

    @Inject
    Pool pool;

    @Inject
    EventRetention retention;

    private static final String EVENTS = Api.EVENTS;
    private static final String STEP = "2024-11-05T10:00:00+01:00";

    @AfterEach
    void resetClock() {
        Api.resetClock();
    }

    @Test
    void aPmoReadsTheEventsOfItsAgreementsInOrderFromItsCursor() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 1, 1);
        Fixture other = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 1, 1);
        String start = Api.eventsEnd(() -> Api.asPmo(agreement));
        String operatorStart = Api.eventsEnd(Api::asOperator);
        String id = agreement.agreementId();

        Api.clock("2024-11-20T10:00:00+01:00");
        Api.asPmo(agreement).body(Map.of("key_type", "DYNAMIC_SIMPLE", "steps", List.of(Map.of("start", STEP,
                        "keys", Api.keys(agreement.consumers(), 100)), Map.of("start", "2024-11-05T10:10:00+01:00",
                        "keys", Api.keys(agreement.consumers(), 100)))))
                .post(Api.AGREEMENTS + "/" + id + "/repartition_keys").then().statusCode(200);
        Api.asPmo(other).body(Map.of("key_type", "DYNAMIC_SIMPLE", "steps", List.of(Map.of("start", STEP,
                        "keys", Api.keys(other.consumers(), 100)))))
                .post(Api.AGREEMENTS + "/" + other.agreementId() + "/repartition_keys").then().statusCode(200);
        Api.clock("2024-12-03T10:00:00+01:00");
        String calculation = Api.asOperator().body(Map.of("period_start", "2024-11-01"))
                .post(Api.OPERATOR + "/agreements/" + id + "/calculations").then().statusCode(200)
                .extract().path("calculation_id");
        Api.asPmo(agreement).body(Map.of("type", "PARTICIPANT_EXIT", "effective_date", "2024-12-04",
                        "usage_point_id", agreement.consumers().get(0), "role", "cons"))
                .post(Api.AGREEMENTS + "/" + id + "/requests").then().statusCode(201);

        JsonPath page = Api.asPmo(agreement).queryParam("after", start).get(EVENTS).then().statusCode(200)
                .body("events.type", equalTo(List.of("repartition_keys.judged", "publication.published",
                        "request.answered")))
                .body("events.agreement_id", equalTo(List.of(id, id, id)))
                .body("events[0].data.accepted", equalTo(1))
                .body("events[0].data.rejected", equalTo(1))
                .body("events[0].occurred_at", startsWith("2024-11-20T10:00:0"))
                .body("events[1].data.calculation_id", equalTo(calculation))
                .body("events[1].data.version", equalTo(1))
                .body("events[1].data.status", equalTo("PROVISIONAL"))
                .body("events[1].data.period_start", equalTo("2024-11-01"))
                .body("events[2].data.status", equalTo("REFUSED"))
                .body("events[2].data.anomalies", equalTo(List.of("NOTICE_NOT_RESPECTED")))
                .body("events[0].event_id", notNullValue())
                .extract().jsonPath();
        String next = page.getString("next");
        Api.asPmo(agreement).queryParam("after", next).get(EVENTS).then().statusCode(200)
                .body("events", hasSize(0)).body("next", equalTo(next));
        Api.asPmo(agreement).queryParam("after", start).queryParam("limit", 1).get(EVENTS).then().statusCode(200)
                .body("events.type", equalTo(List.of("repartition_keys.judged")));

        // Another PMO never sees them; the operator sees every agreement's.
        assertTrue(Api.events(Api.asPmo(other), start).stream().noneMatch(event -> id.equals(event.get("agreement_id"))));
        List<Map<String, Object>> seen = Api.events(Api.asOperator(), operatorStart);
        assertEquals(3, seen.stream().filter(event -> id.equals(event.get("agreement_id"))).count());
        assertTrue(seen.stream().anyMatch(event -> other.agreementId().equals(event.get("agreement_id"))));
    }

    @Test
    void perimeterChangesAndStatusChangesAreEvents() {
        String start = Api.eventsEnd(Api::asOperator);
        Fixture agreement = Api.agreementWith("DEFAULT", "2024-11-01", 1, 1);
        String id = agreement.agreementId();
        Api.asOperator().body(Map.of("status", "SUSPENDED", "effective_date", "2024-11-15"))
                .put(Api.OPERATOR + "/agreements/" + id).then().statusCode(200);
        Api.asOperator().body(Map.of("start", "2024-11-01", "end", "2024-12-01", "name", "Consommateur 0"))
                .put(Api.OPERATOR + "/agreements/" + id + "/participants/" + agreement.consumers().get(0) + "/cons")
                .then().statusCode(200);
        List<Map<String, Object>> events = Api.events(Api.asOperator(), start).stream()
                .filter(event -> id.equals(event.get("agreement_id"))).toList();
        List<Object> types = events.stream().map(event -> event.get("type")).toList();
        // The consumer, then the producer (the agreement becomes ACTIVE), the suspension, the consumer's end date.
        assertEquals(List.of("perimeter.changed", "perimeter.changed", "agreement.status_changed",
                "agreement.status_changed", "perimeter.changed"), types);
        Map<?, ?> attached = (Map<?, ?>) events.get(0).get("data");
        assertEquals("ATTACHED", attached.get("change"));
        assertEquals(agreement.consumers().get(0), ((Map<?, ?>) ((List<?>) attached.get("attachments")).get(0))
                .get("usage_point_id"));
        Map<?, ?> suspended = (Map<?, ?>) events.get(3).get("data");
        assertEquals("SUSPENDED", ((Map<?, ?>) ((List<?>) suspended.get("status_history")).get(1)).get("status"));
        assertEquals("UPDATED", ((Map<?, ?>) events.get(4).get("data")).get("change"));
    }

    @Test
    void eventsOlderThanTheirRetentionArePurged() {
        String start = Api.eventsEnd(Api::asOperator);
        Fixture old = Api.agreementWith("DEFAULT", "2024-11-01", 1, 1);
        Fixture recent = Api.agreementWith("DEFAULT", "2024-11-01", 1, 1);
        pool.preparedQuery("UPDATE event SET recorded_at = now() - interval '90 days 1 minute' WHERE agreement_id = $1")
                .execute(Tuple.of(old.agreementId())).await().indefinitely();
        assertTrue(retention.purge().await().indefinitely() >= 3, "the old agreement's three events");
        List<Object> left = Api.events(Api.asOperator(), start).stream().map(event -> event.get("agreement_id"))
                .distinct().toList();
        assertEquals(List.of(recent.agreementId()), left);
    }

    @Test
    void badCursorsAndLimitsAre400() {
        Api.asPmo().queryParam("limit", 0).get(EVENTS).then().statusCode(400).body("error", notNullValue());
        Api.asPmo().queryParam("limit", 1001).get(EVENTS).then().statusCode(400);
        Api.asPmo().queryParam("limit", "many").get(EVENTS).then().statusCode(400);
        Api.asPmo().queryParam("after", "not a cursor").get(EVENTS).then().statusCode(400)
                .body("error_description", notNullValue());
        for (String forged : List.of("-1:0", "1:-1", "1:2:3", "x:1", "99999999999999999999:1")) {
            Api.asPmo().queryParam("after", Base64.getUrlEncoder().encodeToString(forged.getBytes(
                    StandardCharsets.US_ASCII))).get(EVENTS).then().statusCode(400);
        }
    }
}
