package fr.accdatahub.keys;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.accdatahub.support.Api;
import fr.accdatahub.support.Api.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Submitting keys over HTTP: reports, storage, replacement, idempotency, limits, files, reading back. */
@QuarkusTest
class KeysApiTest {

    /** 3 December 2024: November 2024's keys are due by the end of Thursday 5 December. */
    private static final String NOW = "2024-12-03T10:00:00+01:00";

    @BeforeEach
    void setClock() {
        Api.clock(NOW);
    }

    @AfterEach
    void resetClock() {
        Api.resetClock();
    }

    @Test
    void aWellFormedRequestAnswers200WithAReportEvenWhenEveryStepIsRefused() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-09-01", 2, 1);
        submit(agreement, simple(agreement, "2024-11-10T10:05:00+01:00", 50, 50),
                simple(agreement, "2024-11-10T10:20:00+01:00", 60, 50))
                .statusCode(200)
                .body("submission_id", notNullValue())
                .body("agreement_id", equalTo(agreement.agreementId()))
                .body("received_at", Matchers.startsWith("2024-12-03T10:00:0"))
                .body("accepted", equalTo(0))
                .body("rejected", equalTo(2))
                .body("steps[0].status", equalTo("REJECTED"))
                .body("steps[0].rejections[0].code", equalTo("STEP_MISALIGNED"))
                .body("steps[1].rejections.code", equalTo(List.of("STEP_MISALIGNED", "SUM_OVER_100")));
        keysInForce(agreement, "2024-11-10T10:00:00+01:00", "2024-11-10T10:30:00+01:00")
                .body("steps.source", equalTo(List.of("DEFAULT", "DEFAULT")));
    }

    @Test
    void acceptedStepsAreInForceAndTheOthersUseTheDefaultKey() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-09-01", 2, 1);
        String submission = submit(agreement, simple(agreement, "2024-11-10T10:00:00+01:00", 50.81, 39.86),
                simple(agreement, "2024-11-10T10:15:00+01:00", 101, 0))
                .statusCode(200)
                .body("accepted", equalTo(1))
                .body("steps[1].rejections[0].code", equalTo("VALUE_OUT_OF_RANGE"))
                .body("steps[1].rejections[0].usage_point_id", equalTo(agreement.consumers().get(0)))
                .extract().path("submission_id");
        keysInForce(agreement, "2024-11-10T10:00:00+01:00", "2024-11-10T10:30:00+01:00")
                .body("key_type", equalTo("DYNAMIC_SIMPLE"))
                .body("steps", hasSize(2))
                .body("steps[0].source", equalTo("SUBMITTED"))
                .body("steps[0].submission_id", equalTo(submission))
                .body("steps[0].keys.usage_point_id", equalTo(agreement.consumers()))
                .body("steps[0].keys.coefficient", equalTo(List.of(50.81f, 39.86f)))
                .body("steps[1].source", equalTo("DEFAULT"))
                .body("steps[1].keys", nullValue());
    }

    @Test
    void aLaterAcceptedKeyReplacesTheEarlierOneAndARefusedOneLeavesItInForce() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-09-01", 2, 1);
        String step = "2024-11-12T08:00:00+01:00";
        submit(agreement, simple(agreement, step, 10, 10)).body("accepted", equalTo(1));
        String second = submit(agreement, simple(agreement, step, 20, 20)).body("accepted", equalTo(1))
                .extract().path("submission_id");
        submit(agreement, simple(agreement, step, 80, 30)).body("rejected", equalTo(1));
        keysInForce(agreement, step, "2024-11-12T08:15:00+01:00")
                .body("steps[0].submission_id", equalTo(second))
                .body("steps[0].keys.coefficient", equalTo(List.of(20.0f, 20.0f)));
    }

    @Test
    void aConsumerJoiningMidMonthIsRequiredFromItsFirstStepAndRefusedBefore() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-09-01", 2, 1);
        String late = Api.newPrm();
        Api.attach(agreement.agreementId(), late, "cons", Map.of("start", "2024-11-15", "name", "Late"))
                .then().statusCode(201);
        List<String> all = new ArrayList<>(agreement.consumers());
        all.add(late);
        submit(agreement,
                step("2024-11-14T23:45:00+01:00", Api.keys(all, 10, 10, 10)),
                step("2024-11-15T00:00:00+01:00", Api.keys(agreement.consumers(), 10, 10)),
                step("2024-11-15T00:15:00+01:00", Api.keys(all, 10, 10, 10)))
                .body("steps.status", equalTo(List.of("REJECTED", "REJECTED", "ACCEPTED")))
                .body("steps[0].rejections[0].code", equalTo("NOT_IN_PERIMETER"))
                .body("steps[0].rejections[0].usage_point_id", equalTo(late))
                .body("steps[1].rejections[0].code", equalTo("MISSING_CONSUMER"))
                .body("steps[1].rejections[0].usage_point_id", equalTo(late));
    }

    @Test
    void theDeadlineFollowsTheServiceClock() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-09-01", 2, 1);
        Map<String, Object> november = simple(agreement, "2024-11-30T23:45:00+01:00", 1, 1);
        Api.clock("2024-12-05T23:59:00+01:00");
        submit(agreement, november).body("accepted", equalTo(1));
        Api.clock("2024-12-06T00:00:01+01:00");
        submit(agreement, november).body("rejected", equalTo(1))
                .body("steps[0].rejections[0].code", equalTo("DEADLINE_PASSED"));
    }

    @Test
    void fullKeysAreAcceptedProducerByProducer() {
        Fixture agreement = Api.agreementWith("DYNAMIC_FULL", "2024-09-01", 2, 2);
        String p1 = agreement.producers().get(0);
        String p2 = agreement.producers().get(1);
        Map<String, Object> step = Map.of("start", "2024-11-10T10:00:00+01:00", "producers", List.of(
                Map.of("usage_point_id", p1, "keys", Api.keys(agreement.consumers(), 50, 50)),
                Map.of("usage_point_id", p2, "keys", Api.keys(agreement.consumers(), 50, 50.5))));
        submit(agreement, "DYNAMIC_FULL", List.of(step))
                .body("accepted", equalTo(0))
                .body("partially_accepted", equalTo(1))
                .body("steps[0].status", equalTo("PARTIALLY_ACCEPTED"))
                .body("steps[0].producers.status", equalTo(List.of("ACCEPTED", "REJECTED")))
                .body("steps[0].producers[1].rejections[0].code", equalTo("SUM_OVER_100"));
        keysInForce(agreement, "2024-11-10T10:00:00+01:00", "2024-11-10T10:15:00+01:00")
                .body("steps[0].source", equalTo("SUBMITTED"))
                .body("steps[0].producers.usage_point_id", equalTo(List.of(p1)));
    }

    @Test
    void theCompactFormatIsJudgedAsTheSameKeysNamedOneByOne() {
        Fixture simple = Api.agreementWith("DYNAMIC_SIMPLE", "2024-09-01", 2, 1);
        List<String> consumers = simple.consumers();
        Api.asPmo(simple).body(Map.of("key_type", "DYNAMIC_SIMPLE", "usage_point_ids", consumers, "steps", List.of(
                        Map.of("start", "2024-11-10T10:00:00+01:00", "coefficients", List.of(60.5, 39.5)),
                        Map.of("start", "2024-11-10T10:15:00+01:00", "coefficients", List.of(60.5, 40)))))
                .post(path(simple)).then().statusCode(200)
                .body("accepted", equalTo(1))
                .body("steps[1].rejections[0].code", equalTo("SUM_OVER_100"));
        keysInForce(simple, "2024-11-10T10:00:00+01:00", "2024-11-10T10:15:00+01:00")
                .body("steps[0].source", equalTo("SUBMITTED"))
                .body("steps[0].keys.usage_point_id", equalTo(consumers))
                .body("steps[0].keys.coefficient", equalTo(List.of(60.5f, 39.5f)));

        Fixture full = Api.agreementWith("DYNAMIC_FULL", "2024-09-01", 2, 2);
        Api.asPmo(full).body(Map.of("key_type", "DYNAMIC_FULL", "usage_point_ids", full.consumers(), "steps", List.of(
                        Map.of("start", "2024-11-10T10:00:00+01:00", "producers", List.of(
                                Map.of("usage_point_id", full.producers().get(0), "coefficients", List.of(50, 50)),
                                Map.of("usage_point_id", full.producers().get(1), "coefficients", List.of(50, 50.5)))))))
                .post(path(full)).then().statusCode(200)
                .body("steps[0].status", equalTo("PARTIALLY_ACCEPTED"))
                .body("steps[0].producers[1].rejections[0].code", equalTo("SUM_OVER_100"));
    }

    @Test
    void aCompactRequestOfTheWrongShapeIsA400() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-09-01", 2, 1);
        List<String> consumers = agreement.consumers();
        String start = "2024-11-10T10:00:00+01:00";
        expectError(Api.asPmo(agreement).body(Map.of("key_type", "DYNAMIC_SIMPLE", "usage_point_ids", consumers,
                "steps", List.of(Map.of("start", start, "coefficients", List.of(100))))).post(path(agreement)), 400)
                .body("error_description", equalTo("steps[0].coefficients must hold 2 values, one per usage_point_ids"));
        expectError(Api.asPmo(agreement).body(Map.of("key_type", "DYNAMIC_SIMPLE", "usage_point_ids", consumers,
                "steps", List.of(simple(agreement, start, 50, 50)))).post(path(agreement)), 400)
                .body("error_description", equalTo("steps[0].keys is not for the compact format (usage_point_ids): "
                        + "give coefficients"));
        expectError(Api.asPmo(agreement).body(Map.of("key_type", "DYNAMIC_SIMPLE",
                "steps", List.of(Map.of("start", start, "coefficients", List.of(50, 50))))).post(path(agreement)), 400)
                .body("error_description", equalTo("steps[0].coefficients needs usage_point_ids: give keys, or both"));
        Api.asPmo(agreement).get(path(agreement) + "/submissions").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aKeyOfTheWrongShapeIsA400NamingItsField() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-09-01", 2, 1);
        String consumer = agreement.consumers().get(0);
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("{\"usage_point_id\":\"" + consumer + "\",\"coefficient\":\"abc\"}",
                "at 'steps[0].keys[0].coefficient': 'abc' is not a number");
        expected.put("{\"usage_point_id\":\"" + consumer + "\",\"coefficient\":50,\"colour\":1}",
                "at 'steps[0].keys[0].colour': unknown field");
        expected.put("{\"usage_point_id\":[\"" + consumer + "\"],\"coefficient\":50}",
                "at 'steps[0].keys[0].usage_point_id': expected a string");
        expected.put("\"" + consumer + "\"", "at 'steps[0].keys[0]': expected an object");
        expected.forEach((key, description) -> expectError(Api.asPmo(agreement).body("{\"key_type\":\"DYNAMIC_SIMPLE\","
                + "\"steps\":[{\"start\":\"2024-11-10T10:00:00+01:00\",\"keys\":[" + key + "]}]}").post(path(agreement)),
                400).body("error_description", equalTo(description)));
        Api.asPmo(agreement).get(path(agreement) + "/submissions").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void malformedRequestsAre4xxAndStoreNothing() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-09-01", 2, 1);
        String path = path(agreement);
        expectError(Api.asPmo(agreement).body("{\"key_type\":\"DYNAMIC_SIMPLE\",\"steps\":[{").post(path), 400);
        expectError(Api.asPmo(agreement).body("{\"key_type\":\"DYNAMIC_SIMPLE\"}").post(path), 400);
        expectError(Api.asPmo(agreement).body("{\"key_type\":\"DYNAMIC_SIMPLE\",\"steps\":[{\"start\":"
                + "\"2024-11-10T10:00:00\",\"keys\":[]}]}").post(path), 400)
                .body("error_description", equalTo("at 'steps[0].start': '2024-11-10T10:00:00' is not an instant "
                        + "with an explicit offset, e.g. 2024-11-01T00:00:00+01:00"));
        expectError(Api.asPmo(agreement).body(Map.of("key_type", "DYNAMIC_SIMPLE", "steps", List.of(
                Map.of("start", "2024-11-10T10:00:00+01:00", "keys", List.of(Map.of("usage_point_id",
                        agreement.consumers().get(0))))))).post(path), 400)
                .body("error_description", equalTo("steps[0].keys[0].coefficient is required"));
        expectError(Api.asPmo(agreement).body(Map.of("key_type", "DYNAMIC_SIMPLE", "steps", List.of(
                Map.of("start", "2024-11-10T10:00:00+01:00", "keys", List.of(Map.of("usage_point_id",
                        agreement.consumers().get(0), "coefficient", "50,81")))))).post(path), 400);
        expectError(Api.asPmo(agreement).body(Map.of("key_type", "DYNAMIC_FULL", "steps", List.of())).post(path), 409)
                .body("error", equalTo("key_type_mismatch"));
        Api.asPmo(agreement).get(path + "/submissions").then().statusCode(200).body("total", equalTo(0));

        Fixture fixed = Api.agreementWith("STATIC", "2024-09-01", 2, 1);
        expectError(Api.asPmo(fixed).body(Map.of("key_type", "DYNAMIC_SIMPLE",
                "steps", List.of(simple(fixed, "2024-11-10T10:00:00+01:00", 1, 1)))).post(path(fixed)), 409);
    }

    @Test
    void aRetriedRequestWithItsIdempotencyKeyGetsTheFirstAnswer() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-09-01", 2, 1);
        Map<String, Object> body = Map.of("key_type", "DYNAMIC_SIMPLE",
                "steps", List.of(simple(agreement, "2024-11-11T11:00:00+01:00", 5, 5)));
        String first = Api.asPmo(agreement).header("Idempotency-Key", "retry-1").body(body).post(path(agreement))
                .then().statusCode(200).extract().asString();
        String again = Api.asPmo(agreement).header("Idempotency-Key", "retry-1").body(body).post(path(agreement))
                .then().statusCode(200).extract().asString();
        assertEquals(first, again);
        Api.asPmo(agreement).get(path(agreement) + "/submissions").then().body("total", equalTo(1));
        expectError(Api.asPmo(agreement).header("Idempotency-Key", "retry-1")
                .body(Map.of("key_type", "DYNAMIC_SIMPLE", "steps",
                        List.of(simple(agreement, "2024-11-11T11:00:00+01:00", 6, 5))))
                .post(path(agreement)), 409).body("error", equalTo("idempotency_key_reused"));
        String other = Api.asPmo(agreement).header("Idempotency-Key", "retry-2").body(body).post(path(agreement))
                .then().statusCode(200).extract().path("submission_id");
        assertNotEquals(JsonPath.from(first).getString("submission_id"), other);
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-09-01", 1, 1);
        byte[] tooLarge = new byte[9 * 1024 * 1024];
        Arrays.fill(tooLarge, (byte) ' ');
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":"
                                + RestAssured.port + path(agreement)))
                        .expectContinue(true)
                        .header("Authorization", "Bearer " + Api.token(Api.DEMO_OPERATOR, "demo-operator-secret"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(tooLarge))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertEquals("payload_too_large", JsonPath.from(response.body()).getString("error"));
    }

    @Test
    void anAnnex5FileIsJudgedLineByLine() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-09-01", 2, 1);
        String a = agreement.consumers().get(0);
        String b = agreement.consumers().get(1);
        String name = agreement.agreementId() + "_15_01112024_30112024.txt";
        String file = "Horodate;" + a + ";" + b + "\r\n"
                + "01/11/2024 00:00;50,81;39,86\r\n"
                + "01/11/2024 00:15;50,81;59,86\r\n"
                + "30/11/2024 23:45;0;100\r\n";
        String submission = Api.asPmo(agreement).contentType("text/plain")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .body(file).post(path(agreement) + "/files")
                .then().statusCode(200)
                .body("file_name", equalTo(name))
                .body("accepted", equalTo(2))
                .body("steps.line", equalTo(List.of(2, 3, 4)))
                .body("steps[1].rejections[0].code", equalTo("SUM_OVER_100"))
                .extract().path("submission_id");
        Api.asPmo(agreement).get(path(agreement) + "/submissions/" + submission).then().statusCode(200)
                .body("file_name", equalTo(name)).body("steps", hasSize(3));
        keysInForce(agreement, "2024-11-01", "2024-11-01T00:30:00+01:00")
                .body("steps.source", equalTo(List.of("SUBMITTED", "DEFAULT")));

        expectError(Api.asPmo(agreement).contentType("text/plain").queryParam("filename", "keys.txt")
                .body(file).post(path(agreement) + "/files"), 400);
        expectError(Api.asPmo(agreement).contentType("text/plain").queryParam("filename", name)
                .body(file.replace("59,86", "59;86")).post(path(agreement) + "/files"), 400)
                .body("error_description", equalTo("line 3: 3 values for 2 consumers"));
        expectError(Api.asPmo(agreement).contentType("text/plain").body(file).post(path(agreement) + "/files"), 400);
        Api.asPmo(agreement).get(path(agreement) + "/submissions").then().body("total", equalTo(1));

        Fixture full = Api.agreementWith("DYNAMIC_FULL", "2024-09-01", 2, 1);
        expectError(Api.asPmo(full).contentType("text/plain")
                .queryParam("filename", full.agreementId() + "_15_01112024_30112024.txt")
                .body(file).post(path(full) + "/files"), 409);
    }

    @Test
    void submissionsAreKeptForAuditAndPaged() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-09-01", 1, 1);
        for (int i = 0; i < 3; i++) {
            submit(agreement, simple(agreement, "2024-11-20T0" + i + ":00:00+01:00", 10));
        }
        Api.asPmo(agreement).queryParam("page", 0).queryParam("size", 2).get(path(agreement) + "/submissions")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("submissions", hasSize(2))
                .body("submissions[0].client_id", notNullValue())
                .body("submissions[0].accepted", equalTo(1));
        Api.asPmo(agreement).queryParam("page", 1).queryParam("size", 2).get(path(agreement) + "/submissions")
                .then().body("submissions", hasSize(1));
        expectError(Api.asPmo(agreement).queryParam("size", 0).get(path(agreement) + "/submissions"), 400);
        expectError(Api.asPmo(agreement).get(path(agreement) + "/submissions/not-a-uuid"), 400);
        expectError(Api.asPmo(agreement).get(path(agreement) + "/submissions/" + UUID.randomUUID()), 404);
        expectError(Api.asPmo().get(path(agreement) + "/submissions"), 404);
    }

    @Test
    void keysInForceAreReadOverBoundedRanges() {
        Fixture agreement = Api.agreementWith("STATIC", "2024-09-01", 2, 1);
        keysInForce(agreement, "2024-11-01", "2024-11-02")
                .body("steps", hasSize(96))
                .body("steps[0].source", equalTo("STATIC"))
                .body("steps[0].keys.coefficient", equalTo(List.of(50.0f, 50.0f)));
        keysInForce(agreement, "2024-10-27", "2024-10-28").body("steps", hasSize(100));
        expectError(Api.asPmo(agreement).queryParam("start", "2024-11-01").queryParam("end", "2024-12-03")
                .get(path(agreement)), 400);
        expectError(Api.asPmo(agreement).queryParam("start", "2024-11-02").queryParam("end", "2024-11-01")
                .get(path(agreement)), 400);
        expectError(Api.asPmo(agreement).queryParam("start", "2024-11-01T00:00:00").queryParam("end", "2024-11-02")
                .get(path(agreement)), 400);
    }

    @Test
    void theClockIsTheSandboxs() {
        Api.asOperator().get(Api.OPERATOR + "/clock").then().statusCode(200)
                .body("now", Matchers.startsWith("2024-12-03T10:00"));
        expectError(Api.asOperator().body(Map.of("now", "2024-12-03T10:00:00")).put(Api.OPERATOR + "/clock"), 400);
        Api.asOperator().delete(Api.OPERATOR + "/clock").then().statusCode(200)
                .body("now", Matchers.startsWith(String.valueOf(Year.now().getValue())));
        expectError(Api.asPmo().body(Map.of("now", NOW)).put(Api.OPERATOR + "/clock"), 403);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static ValidatableResponse submit(Fixture agreement, Map<String, Object>... steps) {
        return submit(agreement, "DYNAMIC_SIMPLE", List.of(steps));
    }

    private static ValidatableResponse submit(Fixture agreement, String keyType, List<Map<String, Object>> steps) {
        return Api.asPmo(agreement).body(Map.of("key_type", keyType, "steps", steps)).post(path(agreement))
                .then().statusCode(200);
    }

    private static ValidatableResponse keysInForce(Fixture agreement, String start, String end) {
        return Api.asPmo(agreement).queryParam("start", start).queryParam("end", end).get(path(agreement))
                .then().statusCode(200);
    }

    private static Map<String, Object> simple(Fixture agreement, String start, double... coefficients) {
        return step(start, Api.keys(agreement.consumers(), coefficients));
    }

    private static Map<String, Object> step(String start, List<Map<String, Object>> keys) {
        return Map.of("start", start, "keys", keys);
    }

    private static String path(Fixture agreement) {
        return Api.AGREEMENTS + "/" + agreement.agreementId() + "/repartition_keys";
    }

    private static ValidatableResponse expectError(Response response, int status) {
        return response.then().statusCode(status).contentType(ContentType.JSON)
                .body("error", notNullValue()).body("error_description", notNullValue());
    }
}
