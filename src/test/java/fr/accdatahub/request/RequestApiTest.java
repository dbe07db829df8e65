package fr.accdatahub.request;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.accdatahub.support.Api;
import fr.accdatahub.support.Api.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A PMO's requests over HTTP: received with notice, answered, applied from their effective date. */
@QuarkusTest
class RequestApiTest {

    /** Monday 3 March 2025: the effective date may be 24 March at the earliest, the answer is due on 10 March. */
    private static final String RECEIVED = "2025-03-03T10:00:00+01:00";

    @Inject
    RequestService requests;

    @Test
    void aRequestWithoutNoticeIsRefusedAtOnceAndStoresItsAnomalies() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2025-01-01", 1, 1);
        String id = submit(agreement, Map.of("type", "PARTICIPANT_EXIT", "effective_date", "2025-03-23",
                "usage_point_id", agreement.consumers().get(0), "role", "cons")).statusCode(201)
                .body("status", equalTo("REFUSED"))
                .body("anomalies", equalTo(List.of("NOTICE_NOT_RESPECTED")))
                .body("answer_due", equalTo("2025-03-10"))
                .body("received_at", startsWith("2025-03-03T10:00:00"))
                .extract().path("request_id");
        Api.asPmo(agreement).get(path(agreement) + "/" + id).then().statusCode(200)
                .body("status", equalTo("REFUSED"))
                .body("answered_at", startsWith("2025-03-03T10:00:00"));
        Api.asPmo(agreement).queryParam("status", "REFUSED").get(path(agreement)).then().statusCode(200)
                .body("total", equalTo(1)).body("requests[0].request_id", equalTo(id));
        Api.asPmo(agreement).queryParam("status", "PENDING").get(path(agreement)).then().statusCode(200)
                .body("total", equalTo(0));
        Api.asPmo(agreement).queryParam("status", "LOST").get(path(agreement)).then().statusCode(400);
    }

    @Test
    void aMalformedRequestIsA400AndStoresNothing() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2025-01-01", 1, 1);
        submit(agreement, Map.of("type", "KEY_TYPE_CHANGE", "effective_date", "2025-05-01")).statusCode(400)
                .body("error_description", equalTo("key_type is required"));
        submit(agreement, Map.of("type", "KEY_TYPE_CHANGE", "effective_date", "2025-05-01", "key_type", "DEFAULT",
                "role", "cons")).statusCode(400)
                .body("error_description", equalTo("usage_point_id and role are for PARTICIPANT_EXIT"));
        submit(agreement, Map.of("type", "PARTICIPANT_ENTRY", "effective_date", "2025-05-01",
                "participant", Map.of("usage_point_id", "123", "role", "cons"))).statusCode(400);
        Api.asPmo(agreement).get(path(agreement)).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void theOperatorAcceptsAnEntryAndAnExitAppliedFromTheirDates() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2025-01-01", 1, 1);
        String newcomer = Api.newPrm();
        String entry = submit(agreement, Map.of("type", "PARTICIPANT_ENTRY", "effective_date", "2025-04-01",
                "participant", Map.of("usage_point_id", newcomer, "role", "cons", "holder_name", "Mme Martin",
                        "address", "12 rue des Tilleuls, 69003 Lyon", "email", "martin@example.fr")))
                .statusCode(201).body("status", equalTo("PENDING")).extract().path("request_id");
        String exit = submit(agreement, Map.of("type", "PARTICIPANT_EXIT", "effective_date", "2025-05-01",
                "usage_point_id", agreement.consumers().get(0), "role", "cons"))
                .statusCode(201).body("status", equalTo("PENDING")).extract().path("request_id");
        Api.asOperator().queryParam("status", "PENDING").get(Api.OPERATOR + "/requests").then().statusCode(200)
                .body("requests.request_id", hasItem(entry));

        answer(entry, Map.of("decision", "ACCEPTED")).statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("anomalies", hasSize(0));
        answer(entry, Map.of("decision", "ACCEPTED")).statusCode(409)
                .body("error", equalTo("request_already_answered"));
        answer(exit, Map.of("decision", "ACCEPTED")).statusCode(200);

        Api.asPmo(agreement).get(Api.AGREEMENTS + "/" + agreement.agreementId() + "/perimeter").then()
                .statusCode(200)
                .body("participants.find { it.usage_point_id == '" + newcomer + "' }.start", equalTo("2025-04-01"))
                .body("participants.find { it.usage_point_id == '" + newcomer + "' }.holder_name",
                        equalTo("Mme Martin"))
                .body("participants.find { it.usage_point_id == '" + agreement.consumers().get(0) + "' }.end",
                        equalTo("2025-05-01"));
    }

    @Test
    void aRefusalNamesItsAnomalies() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2025-01-01", 1, 1);
        String id = submit(agreement, Map.of("type", "KEY_TYPE_CHANGE", "effective_date", "2025-05-01",
                "key_type", "DEFAULT")).statusCode(201).extract().path("request_id");
        answer(id, Map.of("decision", "REFUSED")).statusCode(400);
        answer(id, Map.of("decision", "REFUSED", "anomalies", List.of("MISSING_INFORMATION"))).statusCode(200)
                .body("status", equalTo("REFUSED")).body("anomalies", equalTo(List.of("MISSING_INFORMATION")));
        Api.asPmo(agreement).get(Api.AGREEMENTS + "/" + agreement.agreementId()).then()
                .body("key_type_history", hasSize(1));
    }

    @Test
    void inTheSandboxAnUnansweredRequestIsAcceptedOnceItsAnswerIsOverdue() throws Throwable {
        Fixture agreement = Api.agreementWith("STATIC", "2025-01-01", 2, 1);
        String id = submit(agreement, Map.of("type", "STATIC_COEFFICIENTS_CHANGE", "effective_date", "2025-04-01",
                "coefficients", List.of(Map.of("usage_point_id", agreement.consumers().get(0), "coefficient", 70),
                        Map.of("usage_point_id", agreement.consumers().get(1), "coefficient", 30))))
                .statusCode(201).body("status", equalTo("PENDING")).extract().path("request_id");
        try {
            Api.clock("2025-03-10T23:00:00+01:00");
            answerOverdue();
            Api.asPmo(agreement).get(path(agreement) + "/" + id).then().body("status", equalTo("PENDING"));
            Api.clock("2025-03-11T00:00:10+01:00");
            answerOverdue();
        } finally {
            Api.resetClock();
        }
        Api.asPmo(agreement).get(path(agreement) + "/" + id).then().body("status", equalTo("ACCEPTED"))
                .body("answered_at", startsWith("2025-03-11T00:00:1"));
        String consumer = agreement.consumers().get(0);
        perimeterOn(agreement, "2025-03-31")
                .body("participants.find { it.usage_point_id == '" + consumer + "' }.static_coefficient",
                        equalTo(50.0f));
        perimeterOn(agreement, "2025-04-01")
                .body("participants.find { it.usage_point_id == '" + consumer + "' }.static_coefficient",
                        equalTo(70.0f))
                .body("participants.find { it.usage_point_id == '" + consumer + "' }.end", nullValue());
    }

    @Test
    void anEarlierPeriodRecomputedAfterAStaticCoefficientChangeGivesTheSameNumbers() {
        Fixture agreement = Api.agreementWith("STATIC", "2024-11-01", 2, 1);
        String id = agreement.agreementId();
        String step = "2024-11-05T10:00:00+01:00";
        Api.asOperator().body(Map.of("curves", List.of(
                        Map.of("usage_point_id", agreement.consumers().get(0), "type", "cons",
                                "interval_reading", List.of(Map.of("start", step, "value", 1000))),
                        Map.of("usage_point_id", agreement.consumers().get(1), "type", "cons",
                                "interval_reading", List.of(Map.of("start", step, "value", 500))),
                        Map.of("usage_point_id", agreement.producers().get(0), "type", "prod",
                                "interval_reading", List.of(Map.of("start", step, "value", 900))))))
                .put(Api.OPERATOR + "/agreements/" + id + "/raw_load_curves").then().statusCode(200);
        calculateNovember(id);
        Map<String, Object> before = Api.novemberIndicators(agreement);

        String request;
        try {
            Api.clock("2024-11-06T10:00:00+01:00");
            request = Api.asPmo(agreement).body(Map.of("type", "STATIC_COEFFICIENTS_CHANGE",
                            "effective_date", "2024-12-01", "coefficients", List.of(
                                    Map.of("usage_point_id", agreement.consumers().get(0), "coefficient", 80),
                                    Map.of("usage_point_id", agreement.consumers().get(1), "coefficient", 20))))
                    .post(path(agreement)).then().statusCode(201).body("status", equalTo("PENDING"))
                    .extract().path("request_id");
            answer(request, Map.of("decision", "ACCEPTED")).statusCode(200);
        } finally {
            Api.resetClock();
        }
        calculateNovember(id);
        assertEquals(before, Api.novemberIndicators(agreement), "November keeps its coefficients");
        Api.asPmo(agreement).queryParam("start", "2024-12-05T10:00:00+01:00")
                .queryParam("end", "2024-12-05T10:15:00+01:00")
                .get(Api.AGREEMENTS + "/" + id + "/repartition_keys").then().statusCode(200)
                .body("steps[0].source", equalTo("STATIC"))
                .body("steps[0].keys.find { it.usage_point_id == '" + agreement.consumers().get(0)
                        + "' }.coefficient", equalTo(80.0f));
    }

    @Test
    void aRequestIsReadUnderItsOwnAgreementOnly() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2025-01-01", 1, 1);
        Fixture other = Api.agreementWith("DYNAMIC_SIMPLE", "2025-01-01", 1, 1);
        String id = submit(agreement, Map.of("type", "KEY_TYPE_CHANGE", "effective_date", "2025-05-01",
                "key_type", "DEFAULT")).statusCode(201).extract().path("request_id");
        Api.asOperator().get(path(other) + "/" + id).then().statusCode(404).body("error", equalTo("not_found"));
        Api.asPmo(other).get(path(agreement) + "/" + id).then().statusCode(404);
        Api.asPmo(agreement).get(path(agreement) + "/not-a-uuid").then().statusCode(400);
    }

    private static void calculateNovember(String id) {
        Api.asOperator().body(Map.of("period_start", "2024-11-01"))
                .post(Api.OPERATOR + "/agreements/" + id + "/calculations").then().statusCode(200);
    }

    private void answerOverdue() throws Throwable {
        VertxContextSupport.subscribeAndAwait(requests::answerOverdue);
    }

    private static ValidatableResponse submit(Fixture agreement, Map<String, Object> body) {
        try {
            Api.clock(RECEIVED);
            return Api.asPmo(agreement).body(body).post(path(agreement)).then();
        } finally {
            Api.resetClock();
        }
    }

    private static ValidatableResponse answer(String id, Map<String, Object> body) {
        return Api.asOperator().body(body).post(Api.OPERATOR + "/requests/" + id + "/answer").then();
    }

    private static ValidatableResponse perimeterOn(Fixture agreement, String date) {
        return Api.asPmo(agreement).queryParam("date", date)
                .get(Api.AGREEMENTS + "/" + agreement.agreementId() + "/perimeter").then().statusCode(200);
    }

    private static String path(Fixture agreement) {
        return Api.AGREEMENTS + "/" + agreement.agreementId() + "/requests";
    }
}
