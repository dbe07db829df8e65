package fr.accdatahub.simulation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.support.Api;
import fr.accdatahub.support.Api.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Simulations through the API: the keys in force give the published numbers, each strategy gives what was worked out
 * by hand on a day of constant curves (consumers A 1,000 W and B 500 W, producers 900 W in all), and nothing is
 * stored.
 */
@QuarkusTest
class SimulationApiTest {

    private static final String DAY = "2024-11-05";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @AfterEach
    void resetClock() {
        Api.resetClock();
    }

    @Test
    void theKeysInForceOnAComputedPeriodGiveThePublishedNumbers() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 2, 1);
        String id = agreement.agreementId();
        List<String> c = agreement.consumers();
        Api.asOperator().body(Map.of("curves", List.of(
                        day(c.get(0), "cons", DAY, 1_000), day(c.get(1), "cons", DAY, 500),
                        day(agreement.producers().get(0), "prod", DAY, 900))))
                .put(Api.OPERATOR + "/agreements/" + id + "/raw_load_curves").then().statusCode(200);
        Api.clock("2024-11-20T10:00:00+01:00");
        Api.asPmo(agreement).body(Map.of("key_type", "DYNAMIC_SIMPLE", "steps", List.of(Map.of(
                        "start", "2024-11-05T10:00:00+01:00", "keys", Api.keys(c, 80, 20)))))
                .post(Api.AGREEMENTS + "/" + id + "/repartition_keys").then().statusCode(200)
                .body("accepted", equalTo(1));
        Api.clock("2024-12-10T10:00:00+01:00");
        Api.asOperator().body(Map.of("period_start", "2024-11-01"))
                .post(Api.OPERATOR + "/agreements/" + id + "/calculations").then().statusCode(200);
        int runs = calculations(id);

        JsonPath simulated = simulate(agreement, "2024-11-01", "2024-12-01", Map.of("strategy", "SUBMITTED"), null)
                .statusCode(200).extract().jsonPath();
        Map<String, Object> indicators = new HashMap<>(simulated.getMap("indicators"));
        indicators.remove("publications");
        assertEquals(Api.novemberIndicators(agreement), indicators, "the published numbers, to the cent");
        assertEquals(0, new BigDecimal(simulated.getString("compared_with_published.autoconsumption")).signum());
        List<Object> differences = simulated.getList("compared_with_published.participants.autoconsumption")
                .stream().filter(java.util.Objects::nonNull).toList();
        assertEquals(2, differences.size(), "one per consumer");
        assertTrue(differences.stream().allMatch(value -> new BigDecimal(value.toString()).signum() == 0));
        assertEquals(1, simulated.getInt("compared_with_published.publications[0].version"));
        assertEquals(List.of("cons", "autocons", "complement"),
                simulated.getList("participants[0].energies.type"));
        assertEquals(simulated.getString("indicators.participants[0].consumption"),
                simulated.getString("participants[0].energies[0].total"));
        assertEquals(runs, calculations(id), "a simulation stores nothing");

        // The step curves, with the default coefficients at other steps: as the published ones.
        JsonPath curves = simulate(agreement, DAY, "2024-11-06", Map.of("strategy", "SUBMITTED"), null, true)
                .statusCode(200).extract().jsonPath();
        JsonPath published = Api.asPmo(agreement).queryParam("start", DAY).queryParam("end", "2024-11-06")
                .get(Api.AGREEMENTS + "/" + id + "/definitive_load_curves").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(published.getList("curves"), curves.getList("curves"));
    }

    @Test
    void eachStrategyGivesWhatWasWorkedOutByHand() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 2, 1);
        List<String> c = agreement.consumers();
        List<Map<String, Object>> forecast = List.of(day(c.get(0), "cons", DAY, 1_000),
                day(c.get(1), "cons", DAY, 500), day(agreement.producers().get(0), "prod", DAY, 900));
        // OPTIMAL: 900 W prorata of 1,000 and 500: 600 and 300 W, 14.4 and 7.2 kWh over the day.
        assertAutoconsumption(agreement, Map.of("strategy", "OPTIMAL"), forecast, "14.40", "7.20");
        assertAutoconsumption(agreement, Map.of("strategy", "DEFAULT"), forecast, "14.40", "7.20");
        // PRIORITY B then A: B's 500 W, A the 400 left.
        assertAutoconsumption(agreement, Map.of("strategy", "PRIORITY", "groups", List.of(
                Map.of("usage_point_ids", List.of(c.get(1))), Map.of("usage_point_ids", List.of(c.get(0))))),
                forecast, "9.60", "12.00");
        // EQUAL_WITH_REALLOCATION: 450 W each, both below what they consume.
        assertAutoconsumption(agreement, Map.of("strategy", "EQUAL_WITH_REALLOCATION"), forecast, "10.80", "10.80");
        // STATIC 20 / 80: A 180 W; B 720 W of which it uses 500.
        assertAutoconsumption(agreement, Map.of("strategy", "STATIC", "coefficients", Api.keys(c, 20, 80)),
                forecast, "4.32", "12.00");
        // EXPLICIT: one step of 100 / 0, the default key elsewhere (prorata: the OPTIMAL figures but at that step).
        JsonPath explicit = simulate(agreement, DAY, "2024-11-06", Map.of("strategy", "EXPLICIT", "steps", List.of(
                Map.of("start", "2024-11-05T10:00:00+01:00", "keys", Api.keys(c, 100, 0)),
                Map.of("start", "2024-11-05T10:07:00+01:00", "keys", Api.keys(c, 100, 0)))), forecast)
                .statusCode(200).extract().jsonPath();
        assertEquals(new BigDecimal("14.48"), kwh(explicit, "indicators.participants[0].autoconsumption"));
        assertEquals("REJECTED", explicit.getString("refused_steps[0].status"));
    }

    @Test
    void aFullAgreementTakesAStrategyPerProducer() {
        Fixture agreement = Api.agreementWith("DYNAMIC_FULL", "2024-11-01", 2, 2);
        List<String> c = agreement.consumers();
        List<String> p = agreement.producers();
        List<Map<String, Object>> forecast = List.of(day(c.get(0), "cons", DAY, 1_000),
                day(c.get(1), "cons", DAY, 500), day(p.get(0), "prod", DAY, 600), day(p.get(1), "prod", DAY, 600));
        // The first producer OPTIMAL: 400 and 200 W; the second serves B only, the 300 W B still consumes.
        JsonPath answer = simulate(agreement, DAY, "2024-11-06", Map.of("strategy", "OPTIMAL", "producers",
                Map.of(p.get(1), Map.of("strategy", "PRIORITY", "groups", List.of(Map.of("usage_point_ids",
                        List.of(c.get(1))))))), forecast).statusCode(200).extract().jsonPath();
        assertEquals(new BigDecimal("9.60"), kwh(answer, "indicators.participants[0].autoconsumption"));
        assertEquals(new BigDecimal("12.00"), kwh(answer, "indicators.participants[1].autoconsumption"));
        assertEquals(new BigDecimal("7.20"), kwh(answer, "indicators.participants[3].surplus"));
    }

    @Test
    void badKeysAndRangesAre400AndNamedAndAnotherPmosAgreementIs404() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 2, 1);
        List<String> c = agreement.consumers();
        Map<Map<String, Object>, String> refused = new java.util.LinkedHashMap<>();
        refused.put(Map.of("strategy", "LUCKY"), "keys.strategy");
        refused.put(Map.of(), "keys.strategy is required");
        refused.put(Map.of("strategy", "PRIORITY", "groups", List.of(Map.of("usage_point_ids",
                List.of(Api.newPrm())))), "keys.groups[0].usage_point_ids[0]");
        refused.put(Map.of("strategy", "PRIORITY", "groups", List.of(Map.of("usage_point_ids", List.of(c.get(0))),
                Map.of("usage_point_ids", List.of(c.get(1), c.get(0))))), "in two groups");
        refused.put(Map.of("strategy", "STATIC", "coefficients", Api.keys(c, 60, 50)), "over 100 %");
        refused.put(Map.of("strategy", "STATIC", "coefficients", Api.keys(c, 33.333, 10)), "two decimals");
        refused.put(Map.of("strategy", "OPTIMAL", "groups", List.of(Map.of("usage_point_ids", List.of(c.get(0))))),
                "keys.groups is for PRIORITY");
        refused.put(Map.of("strategy", "OPTIMAL", "producers", Map.of(agreement.producers().get(0),
                Map.of("strategy", "DEFAULT"))), "keys.producers is for DYNAMIC_FULL");
        refused.put(Map.of("strategy", "EXPLICIT"), "EXPLICIT takes steps");
        refused.put(Map.of("strategy", "EXPLICIT", "steps", List.of(Map.of("start", "2024-11-05T10:00:00+01:00"))),
                "steps[0].keys is required");
        refused.forEach((keys, field) -> simulate(agreement, DAY, "2024-11-06", keys, null).statusCode(400)
                .body("error", equalTo("invalid_request")).body("error_description", containsString(field)));
        simulate(agreement, "2024-11-01", "2024-12-03", Map.of("strategy", "OPTIMAL"), null).statusCode(400)
                .body("error_description", containsString("31 days"));
        simulate(agreement, DAY, DAY, Map.of("strategy", "OPTIMAL"), null).statusCode(400);
        simulate(agreement, DAY, "2024-11-06", Map.of("strategy", "OPTIMAL"), List.of(Map.of("usage_point_id",
                c.get(0), "type", "cons", "interval_reading", List.of(Map.of("start", "2024-11-05T10:07:00+01:00",
                        "value", 5))))).statusCode(400).body("error_description", notNullValue());
        Api.asPmo(agreement).body(Map.of("start", DAY, "end", "2024-11-06", "keys", Map.of("strategy", "OPTIMAL"),
                "unknown", 1)).post(path(agreement.agreementId(), "simulations")).then().statusCode(400);
        Fixture other = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 1, 1);
        Api.asPmo(other).body(Map.of("start", DAY, "end", "2024-11-06", "keys", Map.of("strategy", "OPTIMAL")))
                .post(path(agreement.agreementId(), "simulations")).then().statusCode(404);
    }

    private static void assertAutoconsumption(Fixture agreement, Map<String, Object> keys,
            List<Map<String, Object>> forecast, String a, String b) {
        JsonPath answer = simulate(agreement, DAY, "2024-11-06", keys, forecast).statusCode(200)
                .extract().jsonPath();
        assertEquals(new BigDecimal(a), kwh(answer, "indicators.participants[0].autoconsumption"), keys.toString());
        assertEquals(new BigDecimal(b), kwh(answer, "indicators.participants[1].autoconsumption"), keys.toString());
        assertEquals(3, answer.getList("participants").size());
    }

    private static BigDecimal kwh(JsonPath json, String path) {
        return new BigDecimal(json.getString(path)).setScale(2);
    }

    static io.restassured.response.ValidatableResponse simulate(Fixture agreement, String start, String end,
            Map<String, Object> keys, List<Map<String, Object>> curves) {
        return simulate(agreement, start, end, keys, curves, false);
    }

    private static io.restassured.response.ValidatableResponse simulate(Fixture agreement, String start, String end,
            Map<String, Object> keys, List<Map<String, Object>> curves, boolean withCurves) {
        Map<String, Object> body = new HashMap<>(Map.of("start", start, "end", end, "keys", keys));
        if (curves != null) {
            body.put("curves", curves);
        }
        return Api.asPmo(agreement).body(body).queryParam("curves", withCurves)
                .post(path(agreement.agreementId(), "simulations")).then();
    }

    private static int calculations(String id) {
        return Api.asOperator().get(Api.OPERATOR + "/agreements/" + id + "/calculations").then().statusCode(200)
                .extract().jsonPath().getList("calculations").size();
    }

    static String path(String agreementId, String tail) {
        return Api.AGREEMENTS + "/" + agreementId + "/" + tail;
    }

    /** A whole local day of a constant curve. */
    static Map<String, Object> day(String prm, String type, String day, int watts) {
        List<Map<String, Object>> readings = new ArrayList<>();
        LocalDate date = LocalDate.parse(day);
        ZoneId paris = ZoneId.of("Europe/Paris");
        for (Instant step = date.atStartOfDay(paris).toInstant();
                step.isBefore(date.plusDays(1).atStartOfDay(paris).toInstant()); step = step.plusSeconds(900)) {
            readings.add(Map.of("start", LOCAL.format(step.atZone(paris)), "value", watts));
        }
        return Map.of("usage_point_id", prm, "type", type, "interval_reading", readings);
    }
}
