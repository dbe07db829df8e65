package fr.accdatahub.agreement;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.accdatahub.support.Api;
import fr.accdatahub.support.Api.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Key type and status kept as dated history: read on a day, changed from a day, never rewriting the past. */
@QuarkusTest
class AgreementHistoryApiTest {

    private static final String STEP = "2024-11-05T10:00:00+01:00";

    @Test
    void aNewAgreementStartsItsHistoriesAndTheOperatorSuspendsItFromADay() {
        String id = Api.newAgreement("DYNAMIC_SIMPLE", "2024-11-01");
        get(id, null).body("status", equalTo("SUSPENDED"))
                .body("key_type_history", hasSize(1))
                .body("key_type_history[0].key_type", equalTo("DYNAMIC_SIMPLE"))
                .body("key_type_history[0].from", equalTo("2024-11-01"))
                .body("key_type_history[0].to", nullValue())
                .body("status_history[0].status", equalTo("SUSPENDED"));
        Api.attach(id, Api.newPrm(), "cons", Map.of("start", "2024-11-01", "name", "C")).then().statusCode(201);
        Api.attach(id, Api.newPrm(), "prod", Map.of("start", "2024-11-01", "name", "P")).then().statusCode(201);
        get(id, null).body("status", equalTo("ACTIVE")).body("status_history", hasSize(1));

        change(id, Map.of("status", "SUSPENDED", "effective_date", "2024-11-15")).statusCode(200)
                .body("status", equalTo("SUSPENDED"))
                .body("status_history", hasSize(2))
                .body("status_history[0].to", equalTo("2024-11-15"))
                .body("status_history[1].status", equalTo("SUSPENDED"))
                .body("status_history[1].from", equalTo("2024-11-15"));
        get(id, "2024-11-14").body("status", equalTo("ACTIVE"));
        get(id, "2024-11-15").body("status", equalTo("SUSPENDED"));
        change(id, Map.of("status", "ACTIVE", "effective_date", "2024-12-01")).statusCode(200);
        get(id, "2024-12-01").body("status", equalTo("ACTIVE"));
        change(id, Map.of("status", "SUSPENDED", "effective_date", "2024-10-01")).statusCode(400)
                .body("error_description", equalTo("effective_date 2024-10-01 is before the agreement's start "
                        + "2024-11-01"));
    }

    @Test
    void aKeyTypeChangesAtTheStartOfAPeriodOnly() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 1, 1);
        String id = agreement.agreementId();
        change(id, Map.of("key_type", "DEFAULT")).statusCode(400).body("error", equalTo("invalid_request"))
                .body("error_description", equalTo("effective_date is required to change key_type: the first day "
                        + "of a calculation period from which the new key type applies"));
        change(id, Map.of("key_type", "DEFAULT", "effective_date", "2024-12-15")).statusCode(400)
                .body("error_description", equalTo("effective_date must start a calculation period (anniversary "
                        + "day 1), e.g. 2025-01-01"));
        change(id, Map.of("key_type", "DEFAULT", "effective_date", "2024-12-01")).statusCode(200)
                .body("key_type_history", hasSize(2))
                .body("key_type_history[0].to", equalTo("2024-12-01"))
                .body("key_type_history[1].key_type", equalTo("DEFAULT"));
        get(id, "2024-11-30").body("key_type", equalTo("DYNAMIC_SIMPLE"));
        get(id, "2024-12-01").body("key_type", equalTo("DEFAULT"));
        get(id, null).body("key_type", equalTo("DEFAULT"));
    }

    @Test
    void thePerimeterOfADayShowsStaticCoefficientsWhileTheKeyTypeIsStatic() {
        Fixture agreement = Api.agreementWith("STATIC", "2024-11-01", 2, 1);
        String id = agreement.agreementId();
        change(id, Map.of("key_type", "DYNAMIC_SIMPLE", "effective_date", "2025-01-01")).statusCode(200);
        perimeter(agreement, "2024-12-31").body("participants.find { it.role == 'cons' }.static_coefficient",
                equalTo(50.0f));
        perimeter(agreement, "2025-01-01").body("participants.find { it.role == 'cons' }.static_coefficient",
                nullValue());
    }

    @Test
    void anEarlierPeriodRecomputedAfterAKeyTypeChangeGivesTheSameNumbers() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 2, 1);
        String id = agreement.agreementId();
        List<String> consumers = agreement.consumers();
        curvesAndKeysOfOneStep(agreement).body("accepted", equalTo(1));
        calculate(id);
        Map<String, Object> before = Api.novemberIndicators(agreement);

        change(id, Map.of("key_type", "DEFAULT", "effective_date", "2024-12-01")).statusCode(200);
        calculate(id).body("key_type", equalTo("DYNAMIC_SIMPLE"));
        assertEquals(before, Api.novemberIndicators(agreement), "November keeps its submitted keys");

        Api.asPmo(agreement).queryParam("start", STEP).queryParam("end", "2024-11-05T10:15:00+01:00")
                .get(Api.AGREEMENTS + "/" + id + "/repartition_keys")
                .then().statusCode(200).body("key_type", equalTo("DYNAMIC_SIMPLE"))
                .body("steps[0].source", equalTo("SUBMITTED"));
        Api.asPmo(agreement).queryParam("start", "2024-12-05T10:00:00+01:00")
                .queryParam("end", "2024-12-05T10:15:00+01:00")
                .get(Api.AGREEMENTS + "/" + id + "/repartition_keys")
                .then().statusCode(200).body("key_type", equalTo("DEFAULT"))
                .body("steps[0].source", equalTo("DEFAULT"));
        Api.asPmo(agreement).body(Map.of("key_type", "DYNAMIC_SIMPLE", "steps", List.of(
                        Map.of("start", "2024-12-05T10:00:00+01:00", "keys", Api.keys(consumers, 70, 30)))))
                .post(Api.AGREEMENTS + "/" + id + "/repartition_keys")
                .then().statusCode(409).body("error", equalTo("key_type_mismatch"));
    }

    @Test
    void onDaysTheAgreementIsNotActiveKeysAreRefusedAndNothingIsAllocated() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 2, 1);
        String id = agreement.agreementId();
        List<String> consumers = agreement.consumers();
        change(id, Map.of("status", "SUSPENDED", "effective_date", "2024-11-05")).statusCode(200);
        change(id, Map.of("status", "ACTIVE", "effective_date", "2024-11-06")).statusCode(200);
        curvesAndKeysOfOneStep(agreement).body("rejected", equalTo(1))
                .body("steps[0].rejections[0].code", equalTo("AGREEMENT_NOT_ACTIVE"))
                .body("steps[0].rejections[0].message", equalTo("the agreement is SUSPENDED on 2024-11-05"));
        calculate(id);
        Api.asPmo(agreement).queryParam("start", STEP).queryParam("end", "2024-11-05T10:15:00+01:00")
                .queryParam("usage_point_id", consumers.get(0)).queryParam("type", "autocons,complement")
                .get(Api.AGREEMENTS + "/" + id + "/definitive_load_curves")
                .then().statusCode(200)
                .body("curves.find { it.type == 'autocons' }.interval_reading[0].value", equalTo(0))
                .body("curves.find { it.type == 'complement' }.interval_reading[0].value", equalTo(1000));

        change(id, Map.of("status", "TERMINATED", "effective_date", "2024-11-01")).statusCode(200);
        Api.asOperator().body(Map.of("period_start", "2024-11-01"))
                .post(Api.OPERATOR + "/agreements/" + id + "/calculations").then().statusCode(409)
                .body("error", equalTo("agreement_not_active"));
    }

    private static ValidatableResponse perimeter(Fixture agreement, String date) {
        return Api.asPmo(agreement).queryParam("date", date)
                .get(Api.AGREEMENTS + "/" + agreement.agreementId() + "/perimeter").then().statusCode(200);
    }

    /**
     * On 5 November 2024 at 10:00, the two consumers draw 1,000 and 500 W, the producer gives 900 W, and the PMO sends
     * keys of 70 % and 30 % within the deadline: the submission's answer.
     */
    private static ValidatableResponse curvesAndKeysOfOneStep(Fixture agreement) {
        List<String> consumers = agreement.consumers();
        Api.asOperator().body(Map.of("curves", List.of(
                        curve(consumers.get(0), "cons", 1000), curve(consumers.get(1), "cons", 500),
                        curve(agreement.producers().get(0), "prod", 900))))
                .put(Api.OPERATOR + "/agreements/" + agreement.agreementId() + "/raw_load_curves").then()
                .statusCode(200);
        try {
            Api.clock("2024-11-20T10:00:00+01:00");
            return Api.asPmo(agreement).body(Map.of("key_type", "DYNAMIC_SIMPLE", "steps", List.of(
                            Map.of("start", STEP, "keys", Api.keys(consumers, 70, 30)))))
                    .post(Api.AGREEMENTS + "/" + agreement.agreementId() + "/repartition_keys")
                    .then().statusCode(200);
        } finally {
            Api.resetClock();
        }
    }

    private static Map<String, Object> curve(String prm, String type, int watts) {
        return Map.of("usage_point_id", prm, "type", type,
                "interval_reading", List.of(Map.of("start", STEP, "value", watts)));
    }

    private static ValidatableResponse calculate(String id) {
        return Api.asOperator().body(Map.of("period_start", "2024-11-01"))
                .post(Api.OPERATOR + "/agreements/" + id + "/calculations").then().statusCode(200);
    }

    private static ValidatableResponse get(String id, String date) {
        var request = Api.asOperator();
        if (date != null) {
            request = request.queryParam("date", date);
        }
        return request.get(Api.AGREEMENTS + "/" + id).then().statusCode(200);
    }

    private static ValidatableResponse change(String id, Map<String, Object> body) {
        return Api.asOperator().body(body).put(Api.OPERATOR + "/agreements/" + id).then();
    }
}
