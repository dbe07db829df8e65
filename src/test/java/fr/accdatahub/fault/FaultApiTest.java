package fr.accdatahub.fault;

import static fr.accdatahub.support.Api.AGREEMENTS;
import static fr.accdatahub.support.Api.OPERATOR;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.fault.domain.FaultKind;
import fr.accdatahub.fault.domain.FaultSwitch;
import fr.accdatahub.support.Api;
import fr.accdatahub.support.Api.Fixture;
import fr.accdatahub.support.Eventually;
import fr.accdatahub.support.Receiver;
import fr.accdatahub.support.Receiver.Received;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sandbox's fault switches as a PMO's software meets them: each kind, its target, share, expiry, and listing. */
@QuarkusTest
class FaultApiTest {

    private static final String FAULTS = OPERATOR + "/faults";
    private static final String WEBHOOK = "/collective_self_consumption/v4/webhook";

    private final List<Runnable> cleanup = new ArrayList<>();

    @AfterEach
    void clear() {
        Api.asOperator().delete(FAULTS).then().statusCode(204);
        cleanup.forEach(Runnable::run);
    }

    /** A pmo client of its own (the fault switches name it), with a token. */
    private record Client(String clientId, String token, Fixture agreement) {

        RequestSpecification call() {
            return Api.as(token);
        }
    }

    private static Client newClient() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 2, 1);
        Map<String, Object> created = Api.asOperator().body(Map.of("role", "pmo", "pmo_siret", agreement.siret()))
                .post(OPERATOR + "/clients").then().statusCode(201).extract().as(Map.class);
        String clientId = (String) created.get("client_id");
        return new Client(clientId, Api.token(clientId, (String) created.get("client_secret")), agreement);
    }

    private static void set(Map<String, Object> fault) {
        Api.asOperator().body(fault).put(FAULTS).then().statusCode(200)
                .body("kind", equalTo(fault.get("kind")));
    }

    private static Map<String, Object> fault(String target, String id, String kind, String duration) {
        Map<String, Object> fault = new HashMap<>(Map.of(target, id, "kind", kind, "duration", duration));
        return fault;
    }

    private static Response agreements(Client client) {
        return client.call().get(AGREEMENTS);
    }

    @Test
    void aClientsRequestsAreRefusedAsTheGatewayWouldAndOthersAreNot() {
        Client client = newClient();
        set(fault("client_id", client.clientId(), "THROTTLED", "PT1M"));
        agreements(client).then().statusCode(429)
                .header("X-Fault-Injected", "true")
                .header("Retry-After", "1")
                .body("error", equalTo("too_many_requests"))
                .body("error_description", containsString("THROTTLED"));
        Api.asPmo().get(AGREEMENTS).then().statusCode(200).header("X-Fault-Injected", nullValue());
        client.call().post("/oauth2/v3/revoke").then().statusCode(415);  // the token endpoints are never hit

        set(fault("client_id", client.clientId(), "TECHNICAL_ERROR", "PT1M"));
        Api.asOperator().get(FAULTS).then().statusCode(200)
                .body("faults.kind", equalTo(List.of("THROTTLED", "TECHNICAL_ERROR")))
                .body("faults[0].client_id", equalTo(client.clientId()))
                .body("faults[0].share", equalTo(1))
                .body("faults[0].usage_point_id", nullValue())
                .body("faults[0].expires_at", containsString("T"));
        Api.asOperator().delete(FAULTS).then().statusCode(204);
        Api.asOperator().get(FAULTS).then().body("faults", hasSize(0));
        agreements(client).then().statusCode(200).header("X-Fault-Injected", nullValue());

        set(fault("client_id", client.clientId(), "TECHNICAL_ERROR", "PT1M"));
        agreements(client).then().statusCode(500).header("X-Fault-Injected", "true")
                .body("error", equalTo("technical_error"));
        Api.asOperator().delete(FAULTS).then().statusCode(204);
        set(fault("client_id", client.clientId(), "UNAVAILABLE", "PT1M"));
        agreements(client).then().statusCode(503).header("X-Fault-Injected", "true").header("Retry-After", "1")
                .body("error", equalTo("temporarily_unavailable"));
    }

    @Test
    void latencyDelaysTheAnswer() {
        Client client = newClient();
        Map<String, Object> latency = fault("client_id", client.clientId(), "LATENCY", "PT1M");
        latency.put("delay", "PT0.4S");
        set(latency);
        long began = System.nanoTime();
        agreements(client).then().statusCode(200).header("X-Fault-Injected", "true");
        assertTrue(Duration.ofNanos(System.nanoTime() - began).toMillis() >= 400);
    }

    @Test
    void noDataHidesOnePrmsMeasuresUntilTheSwitchExpires() {
        Client client = newClient();
        String hidden = client.agreement().consumers().get(0);
        String shown = client.agreement().consumers().get(1);
        String energies = AGREEMENTS + "/" + client.agreement().agreementId() + "/definitive_active_energy/cons/";
        set(fault("usage_point_id", hidden, "NO_DATA", "PT2S"));
        client.call().queryParam("start", "2024-11-01").queryParam("end", "2024-11-02").get(energies + hidden)
                .then().statusCode(404).header("X-Fault-Injected", "true").body("error", equalTo("no_data_found"));
        client.call().queryParam("start", "2024-11-01").queryParam("end", "2024-11-02")
                .queryParam("usage_point_id", hidden).queryParam("type", "cons")
                .get(AGREEMENTS + "/" + client.agreement().agreementId() + "/definitive_load_curves")
                .then().statusCode(404).body("error", equalTo("no_data_found"));
        client.call().queryParam("start", "2024-11-01").queryParam("end", "2024-11-02").get(energies + shown)
                .then().statusCode(404).header("X-Fault-Injected", nullValue());  // not computed: the service's own
        client.call().get(AGREEMENTS + "/" + client.agreement().agreementId() + "/perimeter")
                .then().statusCode(200).header("X-Fault-Injected", nullValue());
        Api.asOperator().get(FAULTS).then().body("faults[0].usage_point_id", equalTo(hidden));
        Eventually.holds(Duration.ofSeconds(5), () -> client.call().queryParam("start", "2024-11-01")
                .queryParam("end", "2024-11-02").get(energies + hidden).then().header("X-Fault-Injected",
                        nullValue()));
        Api.asOperator().get(FAULTS).then().body("faults", hasSize(0));
    }

    @Test
    void aShareHitsTheSameRequestsForTheSameSeed() {
        Client client = newClient();
        Map<String, Object> half = fault("client_id", client.clientId(), "THROTTLED", "PT1M");
        half.put("share", 0.5);
        half.put("seed", 42);
        FaultSwitch expected = new FaultSwitch(null, client.clientId(), null, FaultKind.THROTTLED,
                new BigDecimal("0.5"), null, 42, Instant.now(), Instant.now().plusSeconds(60));
        List<Boolean> planned = new ArrayList<>();
        for (int n = 1; n <= 20; n++) {
            planned.add(expected.hits(n));
        }
        assertTrue(planned.contains(true) && planned.contains(false), "some hit, some not: " + planned);
        for (int round = 0; round < 2; round++) {
            set(half);  // setting it again starts its sequence again
            List<Boolean> hit = new ArrayList<>();
            for (int n = 1; n <= 20; n++) {
                hit.add(agreements(client).statusCode() == 429);
            }
            assertEquals(planned, hit);
        }
    }

    @Test
    void webhookDeliveriesComeTwiceOrLate() throws Exception {
        Client client = newClient();
        Receiver receiver = Receiver.start();
        cleanup.add(receiver::close);
        cleanup.add(() -> client.call().delete(WEBHOOK));
        client.call().body(Map.of("url", receiver.url(), "event_types", List.of("repartition_keys.judged")))
                .put(WEBHOOK).then().statusCode(200);
        set(fault("client_id", client.clientId(), "WEBHOOK_DUPLICATE", "PT1M"));
        submitKeys(client);
        Received first = receiver.next(Duration.ofSeconds(10));
        Received again = receiver.next(Duration.ofSeconds(10));
        assertEquals(first.id(), again.id());
        assertEquals(first.body(), again.body());

        Api.asOperator().delete(FAULTS).then().statusCode(204);
        Map<String, Object> late = fault("client_id", client.clientId(), "WEBHOOK_LATE", "PT1M");
        late.put("delay", "PT2S");
        set(late);
        submitKeys(client);
        receiver.expectNothingWithin(Duration.ofMillis(1_500));
        Received delayed = receiver.next(Duration.ofSeconds(10));
        assertTrue(!delayed.id().equals(first.id()));
    }

    @Test
    void badSwitchesAreRefusedAndSetNothing() {
        Map<String, Object> both = fault("client_id", "demo-pmo", "THROTTLED", "PT1M");
        both.put("usage_point_id", "10101010101023");
        List<Map<String, Object>> bad = List.of(both,
                Map.of("kind", "THROTTLED", "duration", "PT1M"),
                withShare(fault("client_id", "demo-pmo", "THROTTLED", "PT1M"), 1.5),
                Map.of("client_id", "demo-pmo", "kind", "THROTTLED"),
                fault("client_id", "demo-pmo", "THROTTLED", "PT48H"),
                fault("client_id", "demo-pmo", "SLOW", "PT1M"),
                fault("client_id", "demo-pmo", "LATENCY", "PT1M"),
                fault("usage_point_id", "10101010101023", "WEBHOOK_LATE", "PT1M"),
                fault("usage_point_id", "1010", "NO_DATA", "PT1M"),
                fault("client_id", "demo-pmo", "THROTTLED", "twenty seconds"));
        for (Map<String, Object> body : bad) {
            Api.asOperator().body(body).put(FAULTS).then().statusCode(400).body("error", equalTo("invalid_request"));
        }
        Api.asOperator().get(FAULTS).then().body("faults", hasSize(0));
        Api.asPmo().body(fault("client_id", "demo-pmo", "THROTTLED", "PT1M")).put(FAULTS).then().statusCode(403);
        Api.asPmo().get(AGREEMENTS).then().statusCode(200);
    }

    private static Map<String, Object> withShare(Map<String, Object> fault, double share) {
        fault.put("share", share);
        return fault;
    }

    private static void submitKeys(Client client) {
        client.call().body(Map.of("key_type", "DYNAMIC_SIMPLE", "steps", List.of(Map.of(
                        "start", "2024-11-05T10:00:00+01:00",
                        "keys", Api.keys(client.agreement().consumers(), 50, 50)))))
                .post(AGREEMENTS + "/" + client.agreement().agreementId() + "/repartition_keys")
                .then().statusCode(200);
    }
}
