package fr.accdatahub;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import fr.accdatahub.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Prometheus metrics: HTTP latencies per route, key steps per status and rejection code, calculations. */
@QuarkusTest
class ObservabilityTest {

    @Test
    void metricsCountRoutesKeyStepsAndCalculations() {
        Api.clock("2024-12-03T10:00:00+01:00");
        try {
            Api.Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 1, 1);
            Api.asOperator().body(Map.of("key_type", "DYNAMIC_SIMPLE", "steps", List.of(
                            Map.of("start", "2024-11-10T10:00:00+01:00", "keys", Api.keys(agreement.consumers(), 50)),
                            Map.of("start", "2024-11-10T10:05:00+01:00", "keys", Api.keys(agreement.consumers(), 50)))))
                    .post(Api.AGREEMENTS + "/" + agreement.agreementId() + "/repartition_keys").then().statusCode(200);
            Api.asOperator().body(Map.of("period_start", "2024-11-01"))
                    .post(Api.OPERATOR + "/agreements/" + agreement.agreementId() + "/calculations")
                    .then().statusCode(200);
        } finally {
            Api.resetClock();
        }
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/collective_self_consumption/v4/agreements/{agreement_id}/repartition_keys\""))
                .body(containsString("acc_key_steps_total{status=\"ACCEPTED\"}"))
                .body(containsString("acc_key_rejections_total{code=\"STEP_MISALIGNED\"}"))
                .body(containsString("acc_calculations_seconds_count{status=\"COMPLETED\",trigger=\"OPERATOR\"}"));
    }
}
