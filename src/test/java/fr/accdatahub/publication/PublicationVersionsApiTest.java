package fr.accdatahub.publication;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.accdatahub.calculation.CalculationSchedule;
import fr.accdatahub.support.Api;
import fr.accdatahub.support.Api.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every calculation is a version of its period: provisional before the key deadline, definitive after. */
@QuarkusTest
class PublicationVersionsApiTest {

    private static final String STEP = "2024-11-05T10:00:00+01:00";

    @Inject
    CalculationSchedule schedule;

    @AfterEach
    void resetClock() {
        Api.resetClock();
    }

    @Test
    void aProvisionalRunThenTheDefinitiveOneAfterTheDeadlineThenARepublication() throws Throwable {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 2, 1);
        String id = agreement.agreementId();
        String events = Api.eventsEnd(() -> Api.asPmo(agreement));
        List<String> c = agreement.consumers();
        Api.asOperator().body(Map.of("curves", List.of(
                        curve(agreement.producers().get(0), "prod", 8_000),
                        curve(c.get(0), "cons", 3_000), curve(c.get(1), "cons", 9_000))))
                .put(Api.OPERATOR + "/agreements/" + id + "/raw_load_curves").then().statusCode(200);

        // 3 December: November's keys are due by the end of 5 December, a run now is provisional.
        Api.clock("2024-12-03T10:00:00+01:00");
        calculate(id).body("default_steps", equalTo(2880));
        Api.asPmo(agreement).body(Map.of("key_type", "DYNAMIC_SIMPLE", "steps", List.of(Map.of("start", STEP,
                        "keys", Api.keys(c, 100, 0)))))
                .post(Api.AGREEMENTS + "/" + id + "/repartition_keys").then().statusCode(200)
                .body("accepted", equalTo(1));

        // 6 December: the schedule computes the definitive version, with the key accepted in between.
        Api.clock("2024-12-06T10:00:00+01:00");
        VertxContextSupport.subscribeAndAwait(schedule::runDue);
        calculations(id).body("calculations", hasSize(2)).body("calculations[0].default_steps", equalTo(2879));
        autocons(agreement, c.get(0)).body("curves[0].interval_reading[0].value", equalTo(3_000));
        VertxContextSupport.subscribeAndAwait(schedule::runDue);
        calculations(id).body("calculations", hasSize(2));
        // With the first definitive version, the event of what the keys left to the default key.
        List<Map<String, Object>> defaulted = Api.events(Api.asPmo(agreement), events).stream()
                .filter(event -> "repartition_keys.defaulted".equals(event.get("type"))).toList();
        assertEquals(1, defaulted.size());
        Map<?, ?> data = (Map<?, ?>) defaulted.get(0).get("data");
        assertEquals(2879, data.get("default_steps"));
        assertEquals(List.of(Map.of("start", "2024-11-01T00:00:00+01:00", "end", STEP),
                Map.of("start", "2024-11-05T10:15:00+01:00", "end", "2024-12-01T00:00:00+01:00")),
                data.get("default_ranges"));

        // A rerun after the deadline is a republication, version 3: what a client held is no longer current.
        String held = autocons(agreement, c.get(0)).extract().header("ETag");
        String republished = calculate(id).extract().path("calculation_id");
        Api.asPmo(agreement).header("If-None-Match", held).queryParam("start", STEP)
                .queryParam("end", "2024-11-05T10:15:00+01:00").queryParam("type", "autocons")
                .queryParam("usage_point_id", c.get(0))
                .get(Api.AGREEMENTS + "/" + id + "/definitive_load_curves").then().statusCode(200)
                .body("publications[0].version", equalTo(3));
        Api.asPmo(agreement).get(Api.AGREEMENTS + "/" + id + "/publications").then().statusCode(200)
                .body("publications.version", equalTo(List.of(3, 2, 1)))
                .body("publications.status", equalTo(List.of("DEFINITIVE", "DEFINITIVE", "PROVISIONAL")))
                .body("publications.period_start", equalTo(List.of("2024-11-01", "2024-11-01", "2024-11-01")))
                .body("publications.period_end", equalTo(List.of("2024-12-01", "2024-12-01", "2024-12-01")))
                .body("publications[0].calculation_id", equalTo(republished))
                // The period ends on Sunday 1 December: due by Sunday 8 December, no shift.
                .body("publications.due_by", equalTo(List.of("2024-12-08", "2024-12-08", "2024-12-08")))
                .body("publications.late", equalTo(List.of(false, false, false)))
                .body("publications[1].default_steps", equalTo(2879))
                .body("publications[0].published_at", notNullValue());
        Api.asPmo(agreement).get(Api.AGREEMENTS + "/" + id + "/publications/" + republished).then().statusCode(200)
                .body("version", equalTo(3)).body("status", equalTo("DEFINITIVE"));
        Api.asPmo(agreement).get(Api.AGREEMENTS + "/" + id + "/publications/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).body("error", notNullValue());
        Api.asPmo(agreement).get(Api.AGREEMENTS + "/" + id + "/publications/not-a-uuid").then().statusCode(400);

        // What is read names its version, and is tagged for conditional requests.
        String tag = autocons(agreement, c.get(0))
                .body("publications", hasSize(1))
                .body("publications[0].calculation_id", equalTo(republished))
                .body("publications[0].version", equalTo(3))
                .body("publications[0].status", equalTo("DEFINITIVE"))
                .extract().header("ETag");
        Api.asPmo(agreement).header("If-None-Match", tag).queryParam("start", STEP)
                .queryParam("end", "2024-11-05T10:15:00+01:00").queryParam("type", "autocons")
                .queryParam("usage_point_id", c.get(0))
                .get(Api.AGREEMENTS + "/" + id + "/definitive_load_curves").then().statusCode(304);
        String indicators = Api.asPmo(agreement).queryParam("start", "2024-11-01").queryParam("end", "2024-12-01")
                .get(Api.AGREEMENTS + "/" + id + "/indicators").then().statusCode(200)
                .body("publications[0].version", equalTo(3))
                .extract().header("ETag");
        Api.asPmo(agreement).header("If-None-Match", indicators).queryParam("start", "2024-11-01")
                .queryParam("end", "2024-12-01").get(Api.AGREEMENTS + "/" + id + "/indicators").then().statusCode(304);
        String energies = Api.asPmo(agreement).queryParam("start", "2024-11-01").queryParam("end", "2024-12-01")
                .get(Api.AGREEMENTS + "/" + id + "/definitive_active_energy/cons/" + c.get(0)).then().statusCode(200)
                .body("publications[0].status", equalTo("DEFINITIVE"))
                .extract().header("ETag");
        assertEquals(304, Api.asPmo(agreement).header("If-None-Match", energies).queryParam("start", "2024-11-01")
                .queryParam("end", "2024-12-01")
                .get(Api.AGREEMENTS + "/" + id + "/definitive_active_energy/cons/" + c.get(0)).statusCode());

        // Another PMO sees none of it.
        Fixture other = Api.agreementWith("DEFAULT", "2024-11-01", 1, 1);
        Api.asPmo(other).get(Api.AGREEMENTS + "/" + id + "/publications").then().statusCode(404);
        Api.asPmo(other).get(Api.AGREEMENTS + "/" + id + "/publications/" + republished).then().statusCode(404);
    }

    @Test
    void aFirstDefinitiveVersionPublishedAfterItsDueDateIsLateAndCounted() {
        Fixture agreement = Api.agreementWith("DEFAULT", "2024-11-01", 1, 1);
        double before = latePublications();
        // November is due by Sunday 8 December; it is first computed on the 10th.
        Api.clock("2024-12-10T10:00:00+01:00");
        calculate(agreement.agreementId());
        Api.asPmo(agreement).get(Api.AGREEMENTS + "/" + agreement.agreementId() + "/publications").then()
                .statusCode(200)
                .body("publications.status", equalTo(List.of("DEFINITIVE")))
                .body("publications.late", equalTo(List.of(true)));
        assertEquals(before + 1, latePublications());
        // A republication is not counted again.
        calculate(agreement.agreementId());
        assertEquals(before + 1, latePublications());
    }

    private static double latePublications() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("acc_late_publications_total "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1))).findFirst().orElse(0);
    }

    private static Map<String, Object> curve(String prm, String type, int watts) {
        return Map.of("usage_point_id", prm, "type", type, "interval_reading", List.of(Map.of("start", STEP,
                "value", watts)));
    }

    private static ValidatableResponse calculate(String id) {
        return Api.asOperator().body(Map.of("period_start", "2024-11-01"))
                .post(Api.OPERATOR + "/agreements/" + id + "/calculations").then().statusCode(200);
    }

    private static ValidatableResponse calculations(String id) {
        return Api.asOperator().get(Api.OPERATOR + "/agreements/" + id + "/calculations").then().statusCode(200);
    }

    private static ValidatableResponse autocons(Fixture agreement, String consumer) {
        return Api.asPmo(agreement).queryParam("start", STEP).queryParam("end", "2024-11-05T10:15:00+01:00")
                .queryParam("type", "autocons").queryParam("usage_point_id", consumer)
                .get(Api.AGREEMENTS + "/" + agreement.agreementId() + "/definitive_load_curves").then()
                .statusCode(200);
    }
}
