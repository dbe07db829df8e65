package fr.accdatahub.webhook;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.support.Api.Fixture;
import fr.accdatahub.support.Api;
import fr.accdatahub.support.Eventually;
import fr.accdatahub.support.LockGate;
import fr.accdatahub.support.Receiver.Received;
import fr.accdatahub.support.Receiver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Webhooks, received on loopback as a PMO's software would: signed deliveries of the caller's agreements' events
 * only, in order, tried again when the receiver fails, the endpoint failing once the retries are used up (the test
 * profile waits 1 s between attempts, three times), and no URL that leads inside the network.
 */
@QuarkusTest
class WebhookApiTest {

    private static final String WEBHOOK = "/collective_self_consumption/v4/webhook";
    /** The contract's bound on the first attempt. */
    private static final Duration FIRST_ATTEMPT = Duration.ofSeconds(10);
    private static final List<String> JUDGED = List.of("repartition_keys.judged");

    @Inject
    Pool pool;

    private final List<Runnable> cleanup = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        cleanup.forEach(Runnable::run);
    }

    @Test
    void aPmoReceivesItsAgreementsEventsSignedAsTheFeedShowsThem() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 1, 1);
        Fixture other = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 1, 1);
        Receiver receiver = receiver();
        String start = Api.eventsEnd(() -> Api.asPmo(agreement));

        JsonPath registered = register(() -> Api.asPmo(agreement), receiver, JUDGED).then().statusCode(200)
                .body("url", equalTo(receiver.url()))
                .body("event_types", equalTo(JUDGED))
                .body("status", equalTo("ACTIVE"))
                .body("undelivered", equalTo(0))
                .body("secret", startsWith("whsec_"))
                .extract().jsonPath();
        String secret = registered.getString("secret");
        Api.asPmo(agreement).get(WEBHOOK).then().statusCode(200)
                .body("url", equalTo(receiver.url())).body("$", not(hasKey("secret")));

        submitKeys(other);
        submitKeys(agreement);
        Received received = receiver.next(FIRST_ATTEMPT);
        assertTrue(received.signedWith(secret), "the signature checks with the secret given at registration");
        assertEquals("POST", received.headers().get(":method"));
        assertEquals("/hooks/acc?from=datahub", received.headers().get(":path"));
        assertTrue(received.headers().get("content-type").startsWith("application/json"));
        assertTrue(Math.abs(Long.parseLong(received.headers().get("webhook-timestamp"))
                - System.currentTimeMillis() / 1000) < 60);
        Map<String, Object> event = Api.events(Api.asPmo(agreement), start).get(0);
        assertEquals(event.get("event_id"), received.id());
        assertEquals(event, JsonPath.from(received.body()).getMap("$"), "the body is the event as the feed has it");
        assertEquals(agreement.agreementId(), event.get("agreement_id"));

        Api.asPmo(agreement).get(WEBHOOK + "/deliveries").then().statusCode(200)
                .body("deliveries.event_id", equalTo(List.of(received.id())))
                .body("deliveries[0].status", equalTo("DELIVERED"))
                .body("deliveries[0].attempts", equalTo(1))
                .body("deliveries[0].last_status_code", equalTo(204))
                .body("deliveries[0].type", equalTo("repartition_keys.judged"))
                .body("deliveries[0].delivered_at", notNullValue());
        // The other PMO's event was written first and never comes.
        assertTrue(receiver.drain().isEmpty());
    }

    @Test
    void aReceiverFailingTwiceGetsTheSameMessageAgainThenTheNextInOrder() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 1, 1);
        Receiver receiver = receiver().answering(500, 503);
        String secret = register(() -> Api.asPmo(agreement), receiver, JUDGED).then().statusCode(200)
                .extract().path("secret");
        submitKeys(agreement);
        submitKeys(agreement);

        List<Received> received = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            received.add(receiver.next(FIRST_ATTEMPT));
        }
        List<String> ids = received.stream().map(Received::id).toList();
        assertEquals(List.of(ids.get(0), ids.get(0), ids.get(0)), ids.subList(0, 3), "the first event three times");
        assertNotEquals(ids.get(0), ids.get(3));
        assertTrue(received.stream().allMatch(r -> r.signedWith(secret)));
        List<Map<String, Object>> deliveries = Api.asPmo(agreement).get(WEBHOOK + "/deliveries").then()
                .statusCode(200).extract().jsonPath().getList("deliveries");
        assertEquals(List.of(ids.get(3), ids.get(0)), deliveries.stream().map(d -> d.get("event_id")).toList());
        assertEquals(List.of(1, 3), deliveries.stream().map(d -> d.get("attempts")).toList());
        assertEquals(List.of("DELIVERED", "DELIVERED"), deliveries.stream().map(d -> d.get("status")).toList());
    }

    @Test
    void aWithdrawnMandateStopsItsDeliveriesRetriesIncluded() throws InterruptedException {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 1, 1);
        Map<String, Object> created = Api.asOperator().body(Map.of("role", "mandataire", "name", "Mandataire webhook",
                "siret", Api.newSiret())).post(Api.OPERATOR + "/clients").then().statusCode(201).extract().as(Map.class);
        String clientId = (String) created.get("client_id");
        String mandate = Api.OPERATOR + "/clients/" + clientId + "/mandates/" + agreement.agreementId();
        Api.asOperator().put(mandate).then().statusCode(204);
        String token = Api.token(clientId, (String) created.get("client_secret"));
        Receiver receiver = receiver().answering(500);
        register(() -> Api.as(token), receiver, JUDGED).then().statusCode(200);
        submitKeys(agreement);
        receiver.next(FIRST_ATTEMPT);

        Api.asOperator().delete(mandate).then().statusCode(204);
        receiver.expectNothingWithin(Duration.ofSeconds(3));  // its retry was due after 1 s
        Api.as(token).get(WEBHOOK + "/deliveries").then().statusCode(200).body("deliveries", hasSize(0));
    }

    @Test
    void anEndpointThatKeepsFailingIsMarkedFailingUntilRegisteredAgain() throws InterruptedException {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 1, 1);
        Receiver receiver = receiver().answering(500, 500, 500, 500);
        String first = register(() -> Api.asPmo(agreement), receiver, JUDGED).then().statusCode(200)
                .extract().path("secret");
        submitKeys(agreement);
        for (int attempt = 1; attempt <= 4; attempt++) {
            receiver.next(FIRST_ATTEMPT);
        }
        Eventually.holds(FIRST_ATTEMPT, () -> Api.asPmo(agreement).get(WEBHOOK).then()
                .statusCode(200).body("status", equalTo("FAILING")).body("failing_since", notNullValue()));
        Api.asPmo(agreement).queryParam("status", "FAILED").get(WEBHOOK + "/deliveries").then().statusCode(200)
                .body("deliveries[0].attempts", equalTo(4))
                .body("deliveries[0].last_status_code", equalTo(500))
                .body("deliveries[0].last_error", equalTo("answered 500"))
                .body("deliveries[0]", not(hasKey("next_attempt_at")));
        submitKeys(agreement);
        receiver.expectNothingWithin(Duration.ofSeconds(2));
        // While failing, the new event waits in the log: only the failed delivery is queued.
        Api.asPmo(agreement).get(WEBHOOK).then().body("undelivered", equalTo(1));

        String second = register(() -> Api.asPmo(agreement), receiver, JUDGED).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).extract().path("secret");
        assertNotEquals(first, second, "each registration gives a new secret");
        Received failed = receiver.next(FIRST_ATTEMPT);
        Received next = receiver.next(FIRST_ATTEMPT);
        assertTrue(failed.signedWith(second) && next.signedWith(second));
        List<Map<String, Object>> deliveries = Api.asPmo(agreement).get(WEBHOOK + "/deliveries").then()
                .extract().jsonPath().getList("deliveries");
        assertEquals(List.of(next.id(), failed.id()), deliveries.stream().map(d -> d.get("event_id")).toList());
        Api.asPmo(agreement).get(WEBHOOK).then().body("undelivered", equalTo(0));
    }

    @Test
    void aFailedDeliveryOfATypeNoLongerAskedForIsDroppedAtRegistration() throws InterruptedException {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 1, 1);
        Receiver receiver = receiver().answering(500, 500, 500, 500);
        register(() -> Api.asPmo(agreement), receiver, JUDGED).then().statusCode(200);
        submitKeys(agreement);
        for (int attempt = 1; attempt <= 4; attempt++) {
            receiver.next(FIRST_ATTEMPT);
        }
        Eventually.holds(FIRST_ATTEMPT, () -> Api.asPmo(agreement).get(WEBHOOK).then()
                .body("status", equalTo("FAILING")));
        register(() -> Api.asPmo(agreement), receiver, List.of("perimeter.changed")).then().statusCode(200)
                .body("undelivered", equalTo(0));
        receiver.expectNothingWithin(Duration.ofSeconds(2));
        Api.asPmo(agreement).get(WEBHOOK + "/deliveries").then().body("deliveries", equalTo(List.of()));
    }

    @Test
    void theTestMessageIsSentAtOnceAndSaysWhatCameOfIt() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 1, 1);
        Api.asPmo(agreement).post(WEBHOOK + "/test").then().statusCode(404).body("error", equalTo("not_found"));
        Receiver receiver = receiver().answering(202);
        String secret = register(() -> Api.asPmo(agreement), receiver, JUDGED).then().extract().path("secret");

        String id = Api.asPmo(agreement).post(WEBHOOK + "/test").then().statusCode(200)
                .body("delivered", equalTo(true)).body("status_code", equalTo(202)).body("$", not(hasKey("error")))
                .extract().path("webhook_id");
        Received received = receiver.next(Duration.ofSeconds(1));
        assertEquals(id, received.id());
        assertTrue(received.signedWith(secret));
        assertEquals("webhook.test", JsonPath.from(received.body()).getString("type"));

        receiver.answering(302);
        Api.asPmo(agreement).post(WEBHOOK + "/test").then().statusCode(200)
                .body("delivered", equalTo(false)).body("status_code", equalTo(302))
                .body("error", containsString("redirect"));
        receiver.close();
        Api.asPmo(agreement).post(WEBHOOK + "/test").then().statusCode(200)
                .body("delivered", equalTo(false)).body("$", not(hasKey("status_code")))
                .body("error", notNullValue());
        Api.asPmo(agreement).get(WEBHOOK + "/deliveries").then().statusCode(200).body("deliveries", equalTo(List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://10.0.0.7/hook", "https://172.16.3.4/hook", "https://192.168.1.10/hook",
        "https://169.254.169.254/latest/meta-data/", "http://169.254.170.2/v2/credentials", "https://[fe80::1]/hook",
        "https://[fd00:ec2::254]/hook", "https://[::ffff:10.0.0.1]/hook", "https://[64:ff9b::a9fe:a9fe]/hook",
        "https://100.64.0.1/hook", "https://0.0.0.0/hook", "https://[::]/hook", "https://224.0.0.1/hook",
        "https://255.255.255.255/hook", "ftp://example.org/hook", "file:///etc/passwd", "gopher://127.0.0.1/",
        "https://user:secret@127.0.0.1/hook", "https://127.0.0.1/hook#fragment", "/relative/hook", "not a url",
        "https://no-such-host.invalid/hook", "https://127.0.0.1:70000/hook", "https://127.0.0.1:0/hook"})
    void addressesInsideTheNetworkAreRefusedAndNothingChanges(String url) {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 1, 1);
        Receiver receiver = receiver();
        register(() -> Api.asPmo(agreement), receiver, JUDGED).then().statusCode(200);
        Api.asPmo(agreement).body(Map.of("url", url, "event_types", JUDGED)).put(WEBHOOK).then().statusCode(400)
                .body("error", equalTo("invalid_request")).body("error_description", containsString("url"));
        Api.asPmo(agreement).get(WEBHOOK).then().statusCode(200).body("url", equalTo(receiver.url()));
    }

    @Test
    void anEndpointWhoseAddressTurnedPrivateIsNotCalled() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 1, 1);
        Receiver receiver = receiver();
        register(() -> Api.asPmo(agreement), receiver, JUDGED).then().statusCode(200);
        // As if its name now resolved inside the network (DNS rebinding): the address is checked at each attempt.
        pool.preparedQuery("UPDATE webhook_endpoint SET url = replace(url, '127.0.0.1', '10.1.2.3') "
                + "WHERE url = $1").execute(Tuple.of(receiver.url())).await().indefinitely();
        submitKeys(agreement);
        Eventually.holds(FIRST_ATTEMPT, () -> Api.asPmo(agreement)
                .get(WEBHOOK + "/deliveries").then().body("deliveries[0].attempts", equalTo(1))
                .body("deliveries[0].status", equalTo("PENDING"))
                .body("deliveries[0].last_error", containsString("10.1.2.3 is a private address"))
                .body("deliveries[0]", not(hasKey("last_status_code"))));
        assertTrue(receiver.drain().isEmpty());
    }

    @Test
    void badRegistrationsAre400AndAMissingEndpointIs404() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 1, 1);
        Supplier<RequestSpecification> pmo = () -> Api.asPmo(agreement);
        Receiver receiver = receiver();
        for (Object body : List.of(Map.of("url", receiver.url()), Map.of("event_types", JUDGED),
                Map.of("url", receiver.url(), "event_types", List.of()),
                Map.of("url", receiver.url(), "event_types", List.of("keys.everything")),
                Map.of("url", receiver.url(), "event_types", "repartition_keys.judged"),
                Map.of("url", 42, "event_types", JUDGED),
                Map.of("url", receiver.url(), "event_types", JUDGED, "secret", "mine"),
                Map.of("url", receiver.url(), "event_types", java.util.Arrays.asList((Object) null)), "[]", "{")) {
            pmo.get().body(body).put(WEBHOOK).then().statusCode(400).body("error", notNullValue())
                    .body("error_description", notNullValue());
        }
        for (String method : List.of("GET", "DELETE")) {
            pmo.get().request(method, WEBHOOK).then().statusCode(404).body("error", equalTo("not_found"));
        }
        pmo.get().get(WEBHOOK + "/deliveries").then().statusCode(404);

        register(pmo, receiver, List.of("perimeter.changed", "repartition_keys.judged", "perimeter.changed"))
                .then().statusCode(200).body("event_types", equalTo(List.of("perimeter.changed",
                        "repartition_keys.judged")));
        for (String query : List.of("limit=0", "limit=501", "limit=x", "status=LOST")) {
            pmo.get().get(WEBHOOK + "/deliveries?" + query).then().statusCode(400).body("error", notNullValue());
        }
        pmo.get().delete(WEBHOOK).then().statusCode(204);
        pmo.get().get(WEBHOOK).then().statusCode(404);
        submitKeys(agreement);
        assertTrue(receiver.drain().isEmpty());
    }

    /**
     * The endpoint deleted while a delivery's outcome is being recorded, the two queued in the order that deadlocked
     * before the record locked the endpoint first: the delete behind a lock on the endpoint's row, the record behind
     * it. The delete answers 204, and the database counts no deadlock.
     */
    @Test
    void anEndpointDeletedWhileADeliveryIsRecordedGoesWithoutADeadlock() throws Exception {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 1, 1);
        Receiver receiver = receiver().holding();
        register(() -> Api.asPmo(agreement), receiver, JUDGED).then().statusCode(200);
        submitKeys(agreement);
        receiver.awaitArrival(FIRST_ATTEMPT);
        CompletableFuture<io.restassured.response.Response> deleted;
        long deadlocks;
        try (LockGate gate = LockGate.holding("SELECT 1 FROM webhook_endpoint FOR UPDATE")) {
            deadlocks = gate.deadlocks();
            deleted = CompletableFuture.supplyAsync(() -> Api.asPmo(agreement).delete(WEBHOOK),
                    Executors.newSingleThreadExecutor());
            gate.awaitWaiting(1);
            receiver.release();
            gate.awaitWaiting(2);
            gate.open();
            assertEquals(204, deleted.join().statusCode(), deleted.join().asString());
            Thread.sleep(2500);  // past deadlock_timeout, and the statistics' flush
            assertEquals(deadlocks, gate.deadlocks(), "deadlocks detected");
        }
    }

    private Receiver receiver() {
        Receiver receiver = Receiver.start();
        cleanup.add(receiver::close);
        return receiver;
    }

    private io.restassured.response.Response register(Supplier<RequestSpecification> caller, Receiver receiver,
            List<String> types) {
        cleanup.add(() -> caller.get().delete(WEBHOOK));
        return caller.get().body(Map.of("url", receiver.url(), "event_types", types)).put(WEBHOOK);
    }

    /** A submission of one step (accepted or not, it is judged: one event). */
    private static void submitKeys(Fixture agreement) {
        Api.asPmo(agreement).body(Map.of("key_type", "DYNAMIC_SIMPLE", "steps", List.of(Map.of(
                        "start", "2024-11-05T10:00:00+01:00", "keys", Api.keys(agreement.consumers(), 100)))))
                .post(Api.AGREEMENTS + "/" + agreement.agreementId() + "/repartition_keys").then().statusCode(200);
    }
}
