package fr.accdatahub.simulation;

import static fr.accdatahub.simulation.SimulationApiTest.day;
import static fr.accdatahub.simulation.SimulationApiTest.path;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.support.Api;
import fr.accdatahub.support.Api.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Key generators through the API: a month made from the month before is a submission accepted at every step, by
 * JSON and as an annex 5 file, with exactly the consumers attached at each step.
 */
@QuarkusTest
class GenerationApiTest {

    @AfterEach
    void resetClock() {
        Api.resetClock();
    }

    @Test
    void aGeneratedMonthSentBackIsAcceptedAtEveryStep() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 2, 1);
        String id = agreement.agreementId();
        List<String> c = agreement.consumers();
        List<Map<String, Object>> curves = new ArrayList<>();
        for (int d = 1; d <= 30; d++) {
            String date = "2024-11-%02d".formatted(d);
            curves.add(day(c.get(0), "cons", date, 1_000 + d));
            curves.add(day(c.get(1), "cons", date, 500));
            curves.add(day(agreement.producers().get(0), "prod", date, 900));
        }
        Api.asOperator().body(Map.of("curves", curves))
                .put(Api.OPERATOR + "/agreements/" + id + "/raw_load_curves").then().statusCode(200);
        // The second consumer leaves on 15 December: from then on the keys name the first one only.
        Api.asOperator().queryParam("end", "2024-12-15")
                .delete(Api.OPERATOR + "/agreements/" + id + "/participants/" + c.get(1) + "/cons")
                .then().statusCode(200);
        Api.clock("2024-12-02T10:00:00+01:00");
        Map<String, Object> request = Map.of("start", "2024-12-01", "end", "2025-01-01",
                "keys", Map.of("strategy", "EQUAL_WITH_REALLOCATION"), "reference", Map.of("start", "2024-11-01"));

        JsonPath generated = Api.asPmo(agreement).body(request).post(path(id, "repartition_keys/generate")).then()
                .statusCode(200).body("key_type", equalTo("DYNAMIC_SIMPLE")).extract().jsonPath();
        List<Map<String, Object>> steps = generated.getList("steps");
        assertEquals(31 * 96, steps.size());
        assertEquals(List.of("key_type", "steps"), List.copyOf(generated.getMap("$").keySet()));
        // 5 November: A 1,005 W, B 500 W, 900 W shared equally: 50 % each.
        Map<String, Object> first = steps.get(4 * 96 + 40);
        assertEquals("2024-12-05T10:00:00+01:00", first.get("start"));
        assertEquals(List.of(new BigDecimal("50.00"), new BigDecimal("50.00")), coefficients(first));
        assertEquals(List.of(c.get(0)), generated.getList("steps[" + 20 * 96 + "].keys.usage_point_id"));
        Api.asPmo(agreement).body(generated.getMap("$")).post(path(id, "repartition_keys")).then().statusCode(200)
                .body("accepted", equalTo(31 * 96)).body("rejected", equalTo(0))
                .body("partially_accepted", equalTo(0));

        ExtractableResponse<Response> file = Api.asPmo(agreement).accept("text/plain").body(request)
                .post(path(id, "repartition_keys/generate")).then().statusCode(200)
                .header("Content-Disposition", containsString(id + "_15_01122024_31122024.txt")).extract();
        String text = file.asString();
        assertTrue(text.startsWith("Horodate;" + c.get(0) + ";" + c.get(1) + "\r\n"));
        assertTrue(text.contains("\r\n05/12/2024 10:00;50,00;50,00\r\n"), text.substring(0, 200));
        assertTrue(text.contains("\r\n31/12/2024 23:45;"), "the last step, B's cell empty once it left");
        Api.asPmo(agreement).contentType("text/plain").body(text)
                .queryParam("filename", id + "_15_01122024_31122024.txt")
                .post(path(id, "repartition_keys/files")).then().statusCode(200)
                .body("accepted", equalTo(31 * 96)).body("rejected", equalTo(0));
    }

    @Test
    void keysAreMadeForDynamicAgreementsFromStrategiesThatMakeThem() {
        Fixture simple = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 1, 1);
        Map<String, Object> reference = Map.of("start", "2024-11-01");
        for (String strategy : List.of("SUBMITTED", "EXPLICIT")) {
            generate(simple, Map.of("strategy", strategy), reference).statusCode(400)
                    .body("error_description", containsString(strategy));
        }
        generate(simple, Map.of("strategy", "OPTIMAL"), Map.of()).statusCode(400)
                .body("error_description", containsString("reference"));
        generate(simple, Map.of("strategy", "OPTIMAL"), Map.of("start", "2024-11-01", "curves", List.of(
                day(simple.consumers().get(0), "cons", "2024-12-01", 100)))).statusCode(400);
        // An empty list is no list (generated clients send them so): the stored curves are the reference.
        generate(simple, Map.of("strategy", "OPTIMAL", "groups", List.of()), Map.of("start", "2024-11-01",
                "curves", List.of())).statusCode(200);
        Fixture fixed = Api.agreementWith("DEFAULT", "2024-11-01", 1, 1);
        generate(fixed, Map.of("strategy", "OPTIMAL"), reference).statusCode(409)
                .body("error", equalTo("key_type_not_dynamic"));
        Fixture full = Api.agreementWith("DYNAMIC_FULL", "2024-11-01", 1, 2);
        JsonPath keys = generate(full, Map.of("strategy", "OPTIMAL", "producers", Map.of(full.producers().get(1),
                Map.of("strategy", "DEFAULT"))), reference).statusCode(200).extract().jsonPath();
        assertEquals(2, keys.getList("steps[0].producers").size());
        Api.asPmo(full).accept("text/plain").body(Map.of("start", "2024-12-01", "end", "2024-12-02", "keys",
                        Map.of("strategy", "OPTIMAL"), "reference", reference))
                .post(path(full.agreementId(), "repartition_keys/generate")).then().statusCode(409);
        Fixture other = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 1, 1);
        Api.asPmo(other).body(Map.of("start", "2024-12-01", "end", "2024-12-02", "keys",
                        Map.of("strategy", "OPTIMAL"), "reference", reference))
                .post(path(simple.agreementId(), "repartition_keys/generate")).then().statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse generate(Fixture agreement, Map<String, Object> keys,
            Map<String, Object> reference) {
        return Api.asPmo(agreement).body(Map.of("start", "2024-12-01", "end", "2024-12-02", "keys", keys,
                "reference", reference)).post(path(agreement.agreementId(), "repartition_keys/generate")).then();
    }

    @SuppressWarnings("unchecked")
    private static List<BigDecimal> coefficients(Map<String, Object> step) {
        return ((List<Map<String, Object>>) step.get("keys")).stream()
                .map(key -> new BigDecimal(key.get("coefficient").toString()).setScale(2)).toList();
    }
}
