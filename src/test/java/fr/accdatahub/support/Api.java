package fr.accdatahub.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Calls the API as its clients do: tokens from the token endpoint, then bearer calls. */
public final class Api {

    public static final String AGREEMENTS = "/collective_self_consumption/v4/agreements";
    public static final String OPERATOR = "/operator/v1";
    public static final String DEMO_PMO = "demo-pmo";
    public static final String DEMO_OPERATOR = "demo-operator";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final Map<String, String> FIXTURE_TOKENS = new ConcurrentHashMap<>();
    private static final AtomicInteger PRM_SEQUENCE = new AtomicInteger();
    private static final AtomicInteger SIRET_SEQUENCE = new AtomicInteger();

    private Api() {
    }

    public static String token(String clientId, String secret) {
        return TOKENS.computeIfAbsent(clientId + ":" + secret, key -> given()
                .auth().preemptive().basic(clientId, secret)
                .formParam("grant_type", "client_credentials")
                .post("/oauth2/v3/token")
                .then().statusCode(200)
                .extract().path("access_token"));
    }

    public static RequestSpecification asPmo() {
        return as(token(DEMO_PMO, "demo-pmo-secret"));
    }

    /** A pmo client of the fixture's PMO (one per fixture, made on first use). */
    public static RequestSpecification asPmo(Fixture fixture) {
        return as(FIXTURE_TOKENS.computeIfAbsent(fixture.siret(), Api::pmoClientToken));
    }

    public static RequestSpecification asOperator() {
        return as(token(DEMO_OPERATOR, "demo-operator-secret"));
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A PRM no other test uses. */
    public static String newPrm() {
        return "5%013d".formatted(PRM_SEQUENCE.incrementAndGet());
    }

    /** A SIRET no other test uses. */
    public static String newSiret() {
        return "9%013d".formatted(SIRET_SEQUENCE.incrementAndGet());
    }

    /** Creates a SUSPENDED agreement of a new PMO and returns its id. */
    public static String newAgreement(String keyType, String startDate) {
        return newAgreement(keyType, startDate, newSiret());
    }

    public static String newAgreement(String keyType, String startDate, String siret) {
        return asOperator()
                .body(Map.of("name", "Test " + keyType, "key_type", keyType, "start_date", startDate,
                        "pmo", Map.of("name", "PMO " + siret, "siret", siret)))
                .post(OPERATOR + "/agreements")
                .then().statusCode(201)
                .extract().path("agreement_id");
    }

    public static Response attach(String agreementId, String prm, String role,
            Map<String, Object> body) {
        return asOperator().body(body).put(OPERATOR + "/agreements/" + agreementId + "/participants/" + prm + "/" + role);
    }

    public static void activate(String agreementId) {
        asOperator().body(Map.of("status", "ACTIVE")).put(OPERATOR + "/agreements/" + agreementId)
                .then().statusCode(200);
    }

    /** An agreement made for a test, with its consumers and producers (PRMs in ascending order). */
    public record Fixture(String agreementId, String siret, List<String> consumers,
            List<String> producers) {
    }

    /** A new ACTIVE agreement of the demo PMO's client's reach: a new PMO, attached from {@code start}. */
    public static Fixture agreementWith(String keyType, String start, int consumers, int producers) {
        String siret = newSiret();
        String id = newAgreement(keyType, start, siret);
        List<String> consumerIds = new ArrayList<>();
        List<String> producerIds = new ArrayList<>();
        for (int i = 0; i < consumers; i++) {
            String prm = newPrm();
            Map<String, Object> body = new HashMap<>(Map.of("start", start, "name", "Consommateur " + i));
            if ("STATIC".equals(keyType)) {
                body.put("static_coefficient", 100 / consumers);
            }
            attach(id, prm, "cons", body).then().statusCode(201);
            consumerIds.add(prm);
        }
        for (int i = 0; i < producers; i++) {
            String prm = newPrm();
            attach(id, prm, "prod", Map.of("start", start, "name", "Producteur " + i)).then().statusCode(201);
            producerIds.add(prm);
        }
        activate(id);
        return new Fixture(id, siret, consumerIds, producerIds);
    }

    /** Keys of a step: one coefficient per consumer, in order. */
    public static List<Map<String, Object>> keys(List<String> consumers, double... coefficients) {
        List<Map<String, Object>> keys = new ArrayList<>();
        for (int i = 0; i < consumers.size(); i++) {
            Map<String, Object> key = new LinkedHashMap<>();
            key.put("usage_point_id", consumers.get(i));
            key.put("coefficient", BigDecimal.valueOf(coefficients[i]));
            keys.add(key);
        }
        return keys;
    }

    public static final String EVENTS = "/collective_self_consumption/v4/events";

    /** The cursor after every event a caller can see now. */
    public static String eventsEnd(Supplier<RequestSpecification> caller) {
        String cursor = "";
        while (true) {
            JsonPath page = caller.get().queryParam("after", cursor).queryParam("limit", 1000).get(EVENTS).then()
                    .statusCode(200).extract().jsonPath();
            if (page.getList("events").isEmpty()) {
                return page.getString("next");
            }
            cursor = page.getString("next");
        }
    }

    /** The events a caller sees after a cursor (at most 1000). */
    public static List<Map<String, Object>> events(RequestSpecification caller, String after) {
        return caller.queryParam("after", after).queryParam("limit", 1000).get(EVENTS).then().statusCode(200)
                .extract().jsonPath().getList("events");
    }

    /** November 2024's published numbers (the indicators without the versions they were read from). */
    public static Map<String, Object> novemberIndicators(Fixture agreement) {
        Map<String, Object> numbers = new HashMap<>(asPmo(agreement).queryParam("start", "2024-11-01")
                .queryParam("end", "2024-12-01").get(AGREEMENTS + "/" + agreement.agreementId() + "/indicators")
                .then().statusCode(200).extract().jsonPath().getMap("$"));
        numbers.remove("publications");
        return numbers;
    }

    /** Sets the sandbox clock. */
    public static void clock(String now) {
        asOperator().body(Map.of("now", now)).put(OPERATOR + "/clock").then().statusCode(200);
    }

    public static void resetClock() {
        asOperator().delete(OPERATOR + "/clock").then().statusCode(200);
    }

    /** Creates a pmo client for the PMO of {@code siret} and returns a token of it. */
    public static String pmoClientToken(String siret, String... mandates) {
        Map<String, Object> created = asOperator()
                .body(Map.of("role", "pmo", "pmo_siret", siret, "mandates", List.of(mandates)))
                .post(OPERATOR + "/clients")
                .then().statusCode(201)
                .extract().as(Map.class);
        return token((String) created.get("client_id"), (String) created.get("client_secret"));
    }
}
