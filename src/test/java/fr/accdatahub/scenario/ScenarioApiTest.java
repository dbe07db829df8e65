package fr.accdatahub.scenario;

import static fr.accdatahub.support.Api.AGREEMENTS;
import static fr.accdatahub.support.Api.OPERATOR;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every scenario made for a pmo client, and its published figures read back as that client reads them: each number
 * is the one the scenario's description announces.
 */
@QuarkusTest
class ScenarioApiTest {

    private static final String SCENARIOS = OPERATOR + "/scenarios";
    private static String clientId;
    private static String token;

    /** The pmo client the scenarios are made for, made on first use (the service is up by then). */
    private static synchronized String clientId() {
        if (clientId != null) {
            return clientId;
        }
        Map<String, Object> created = Api.asOperator()
                .body(Map.of("role", "pmo", "pmo_siret", "12345678900014"))
                .post(OPERATOR + "/clients").then().statusCode(201).extract().as(Map.class);
        clientId = (String) created.get("client_id");
        token = Api.token(clientId, (String) created.get("client_secret"));
        return clientId;
    }

    private static RequestSpecification asClient() {
        clientId();
        return Api.as(token);
    }

    private static JsonPath make(String scenario) {
        return Api.asOperator().body(Map.of("client_id", clientId())).post(SCENARIOS + "/" + scenario)
                .then().statusCode(201)
                .body("scenario", equalTo(scenario))
                .body("client_id", equalTo(clientId()))
                .extract().jsonPath();
    }

    /** A consumer's (or producer's) total of one quantity over {@code [start, end)}, distributor calendar. */
    private static BigDecimal total(String agreementId, String role, String prm, String type, String start,
            String end) {
        return new BigDecimal(asClient().queryParam("start", start).queryParam("end", end).queryParam("type", type)
                .get(AGREEMENTS + "/" + agreementId + "/definitive_active_energy/" + role + "/" + prm)
                .then().statusCode(200).extract().jsonPath()
                .getString("quantities.find { it.calendar_type == 'DISTRIB' }.total"));
    }

    private static BigDecimal autocons(JsonPath made, int consumer, String start, String end) {
        return total(made.getString("agreement_id"), "cons", made.getString("consumers[" + consumer + "]"),
                "autocons", start, end);
    }

    private static void assertKwh(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " kWh, was " + actual);
    }

    private static List<Integer> autoconsCurve(JsonPath made, String day, String next) {
        return asClient().queryParam("start", day).queryParam("end", next).queryParam("type", "autocons")
                .queryParam("usage_point_id", made.getString("consumers[0]"))
                .get(AGREEMENTS + "/" + made.getString("agreement_id") + "/definitive_load_curves")
                .then().statusCode(200).extract().jsonPath().getList("curves[0].interval_reading.value");
    }

    private static Map<String, Object> indicators(JsonPath made, String start, String end) {
        return asClient().queryParam("start", start).queryParam("end", end)
                .get(AGREEMENTS + "/" + made.getString("agreement_id") + "/indicators")
                .then().statusCode(200).extract().jsonPath().getMap("$");
    }

    @Test
    void theListNamesEveryScenarioWithWhatItPublishes() {
        Api.asOperator().get(SCENARIOS).then().statusCode(200)
                .body("scenarios.name", equalTo(List.of("dst-march", "dst-october", "step-switch",
                        "mid-month-entry-exit", "static-keys", "full-partial", "late-and-corrected-data",
                        "suspended", "large")))
                .body("scenarios.find { it.name == 'dst-march' }.description",
                        org.hamcrest.Matchers.containsString("11.50 kWh"));
        Api.asPmo().get(SCENARIOS).then().statusCode(403);
    }

    @Test
    void dstMarchHasA92StepDay() {
        JsonPath made = make("dst-march");
        assertEquals(2, made.getList("producers").size());
        assertEquals(4, made.getList("consumers").size());
        assertEquals(List.of(1), made.getList("publications.version"));
        List<Integer> day = autoconsCurve(made, "2025-03-30", "2025-03-31");
        assertEquals(92, day.size());
        assertTrue(day.stream().allMatch(value -> value == 500), "500 W at every step: " + day);
        assertKwh("11.50", autocons(made, 0, "2025-03-30", "2025-03-31"));
        assertKwh("12.00", autocons(made, 0, "2025-03-29", "2025-03-30"));
        assertKwh("371.50", autocons(made, 3, "2025-03-01", "2025-04-01"));
        asClient().get(AGREEMENTS + "/" + made.getString("agreement_id")).then().statusCode(200)
                .body("key_type", equalTo("DYNAMIC_SIMPLE"));
    }

    @Test
    void dstOctoberHasA100StepDay() {
        JsonPath made = make("dst-october");
        assertEquals(100, autoconsCurve(made, "2025-10-26", "2025-10-27").size());
        assertKwh("12.50", autocons(made, 1, "2025-10-26", "2025-10-27"));
        assertKwh("372.50", autocons(made, 2, "2025-10-01", "2025-11-01"));
    }

    @Test
    void theStepSwitchComesWithTheFirstPeriodAfterOctober2024() {
        JsonPath made = make("step-switch");
        assertEquals(List.of("2024-09-15", "2024-10-15"), made.getList("publications.period_start"));
        assertEquals(48, autoconsCurve(made, "2024-10-01", "2024-10-02").size(), "30 minutes until 2024-10-15");
        assertEquals(96, autoconsCurve(made, "2024-10-15", "2024-10-16").size());
        assertKwh("360.00", autocons(made, 0, "2024-09-15", "2024-10-15"));
        assertKwh("372.50", autocons(made, 0, "2024-10-15", "2024-11-15"));
    }

    @Test
    void consumersEnterAndLeaveMidMonth() {
        JsonPath made = make("mid-month-entry-exit");
        assertKwh("372.00", autocons(made, 0, "2025-05-01", "2025-06-01"));
        assertKwh("240.00", autocons(made, 2, "2025-05-01", "2025-06-01"));
        assertKwh("252.00", autocons(made, 3, "2025-05-01", "2025-06-01"));
        assertKwh("252.00", new BigDecimal(indicators(made, "2025-05-01", "2025-06-01").get("surplus").toString()));
    }

    @Test
    void staticKeysLeaveTheFirstConsumersExcessAsSurplus() {
        JsonPath made = make("static-keys");
        String[] expected = {"446.40", "446.40", "297.60", "148.80"};
        for (int k = 0; k < expected.length; k++) {
            assertKwh(expected[k], autocons(made, k, "2025-07-01", "2025-08-01"));
        }
        assertKwh("148.80", new BigDecimal(indicators(made, "2025-07-01", "2025-08-01").get("surplus").toString()));
    }

    @Test
    void aProducerWithoutFullKeysGivesEverythingToSurplus() {
        JsonPath made = make("full-partial");
        assertKwh("216.00", autocons(made, 0, "2025-06-01", "2025-07-01"));
        assertKwh("576.00", total(made.getString("agreement_id"), "prod", made.getString("producers[1]"), "surplus",
                "2025-06-01", "2025-07-01"));
        assertKwh("0.00", total(made.getString("agreement_id"), "prod", made.getString("producers[0]"), "surplus",
                "2025-06-01", "2025-07-01"));
    }

    @Test
    void aLateDayIsRepublishedAsVersionTwo() {
        JsonPath made = make("late-and-corrected-data");
        assertEquals(List.of(1, 2), made.getList("publications.version"));
        assertKwh("367.20", autocons(made, 0, "2025-08-01", "2025-09-01"));
        assertKwh("7.20", autocons(made, 0, "2025-08-14", "2025-08-15"));
        JsonPath versions = asClient().get(AGREEMENTS + "/" + made.getString("agreement_id") + "/publications")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(2, 1), versions.getList("publications.version"));
        assertEquals(List.of("DEFINITIVE", "DEFINITIVE"), versions.getList("publications.status"));
        assertEquals(0, versions.getInt("publications[0].estimated_points"));
        assertTrue(versions.getInt("publications[1].estimated_points") > 0, "version 1 estimated the missing day");
    }

    @Test
    void theLastProducerLeavingSuspendsTheAgreement() {
        JsonPath made = make("suspended");
        String agreementId = made.getString("agreement_id");
        asClient().get(AGREEMENTS + "/" + agreementId).then().statusCode(200).body("status", equalTo("SUSPENDED"));
        assertKwh("180.00", autocons(made, 0, "2025-09-01", "2025-10-01"));
        assertKwh("252.00", total(agreementId, "cons", made.getString("consumers[0]"), "complement", "2025-09-01",
                "2025-10-01"));
        assertKwh("0.00", autocons(made, 0, "2025-09-16", "2025-10-01"));
    }

    @Test
    void aLargeOperationSharesProrataOfConsumption() {
        JsonPath made = make("large");
        assertEquals(500, made.getList("consumers").size());
        assertEquals(5, made.getList("producers").size());
        assertKwh("144.00", autocons(made, 499, "2025-11-01", "2025-12-01"));
        assertKwh("288.00", total(made.getString("agreement_id"), "cons", made.getString("consumers[0]"),
                "complement", "2025-11-01", "2025-12-01"));
        assertKwh("0.00", new BigDecimal(indicators(made, "2025-11-01", "2025-12-01").get("surplus").toString()));
    }

    @Test
    void eachScenarioIsFreshAndRemovedWithItsData() {
        JsonPath first = make("dst-october");
        JsonPath second = make("dst-october");
        assertNotEquals(first.getString("agreement_id"), second.getString("agreement_id"));
        assertTrue(first.getList("consumers").stream().noneMatch(second.getList("consumers")::contains));
        String agreementId = first.getString("agreement_id");
        asClient().get(AGREEMENTS).then().statusCode(200)
                .body("agreements.agreement_id", hasItems(agreementId, second.getString("agreement_id")));

        Api.asOperator().delete(SCENARIOS + "/" + agreementId).then().statusCode(204);
        asClient().get(AGREEMENTS + "/" + agreementId).then().statusCode(404);
        Api.asOperator().get(OPERATOR + "/agreements/" + agreementId + "/calculations").then().statusCode(404);
        Api.asOperator().delete(SCENARIOS + "/" + agreementId).then().statusCode(404);
        Api.asOperator().delete(SCENARIOS + "/ACC00000001").then().statusCode(404)
                .body("error", equalTo("not_found"));
        Api.asPmo().get(AGREEMENTS + "/ACC00000001").then().statusCode(200);
        assertKwh("372.50", autocons(second, 0, "2025-10-01", "2025-11-01"));
    }

    @Test
    void badRequestsChangeNothing() {
        int before = Api.asOperator().get(AGREEMENTS).then().statusCode(200).extract().jsonPath()
                .getList("agreements").size();
        Api.asOperator().body(Map.of("client_id", clientId())).post(SCENARIOS + "/no-such-scenario")
                .then().statusCode(404).body("error", equalTo("not_found"));
        Api.asOperator().body(Map.of("client_id", "nobody-here")).post(SCENARIOS + "/dst-march")
                .then().statusCode(404);
        Api.asOperator().body(Map.of("client_id", "demo-operator")).post(SCENARIOS + "/dst-march")
                .then().statusCode(409).body("error", equalTo("not_a_pmo_client"));
        Api.asOperator().body(Map.of()).post(SCENARIOS + "/dst-march")
                .then().statusCode(400).body("error_description", org.hamcrest.Matchers.containsString("client_id"));
        Api.asOperator().delete(SCENARIOS + "/not-an-id").then().statusCode(400);
        asClient().body(Map.of("client_id", clientId())).post(SCENARIOS + "/dst-march").then().statusCode(403);
        assertEquals(before, Api.asOperator().get(AGREEMENTS).then().statusCode(200).extract()
                .jsonPath().getList("agreements").size());
        Api.asOperator().get(SCENARIOS).then().body("scenarios.key_type", everyItem(org.hamcrest.Matchers
                .oneOf("DYNAMIC_SIMPLE", "DYNAMIC_FULL", "STATIC", "DEFAULT")));
    }
}
