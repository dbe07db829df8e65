package fr.accdatahub.calculation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.support.Api;
import fr.accdatahub.support.Api.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Raw curves in, the monthly calculation, its stored results. */
@QuarkusTest
class CalculationApiTest {

    private static final String STEP = "2024-11-05T10:00:00+01:00";
    private static final double EXACT = 1e-6;
    /** Run times are given to the millisecond, in Paris time. */
    private static final String MILLISECONDS = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?\\+0[12]:00";

    @Inject
    Pool pool;

    @Inject
    CalculationSchedule schedule;

    @BeforeEach
    void setClock() {
        Api.clock("2024-12-03T10:00:00+01:00");
    }

    @AfterEach
    void resetClock() {
        Api.resetClock();
    }

    @Test
    void theAnnex7ExampleComputedThroughTheService() {
        Fixture agreement = Api.agreementWith("DYNAMIC_FULL", "2024-11-01", 3, 3);
        List<String> c = agreement.consumers();
        List<String> p = agreement.producers();
        double[][] keys = {{50, 25, 20}, {50, 50, 0}, {0, 20, 80}};
        List<Map<String, Object>> producers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            producers.add(Map.of("usage_point_id", p.get(i), "keys", Api.keys(c, keys[i])));
        }
        Api.asOperator().body(Map.of("key_type", "DYNAMIC_FULL", "steps", List.of(Map.of("start", STEP,
                        "producers", producers))))
                .post(Api.AGREEMENTS + "/" + agreement.agreementId() + "/repartition_keys")
                .then().statusCode(200).body("accepted", equalTo(1));
        loadCurves(agreement, Map.of(p.get(0), 200_000, p.get(1), 100_000, p.get(2), 50_000),
                Map.of(c.get(0), 150_000, c.get(1), 75_000, c.get(2), 50_000));

        calculate(agreement, "2024-11-01").statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("started_at", matchesPattern(MILLISECONDS))
                .body("finished_at", matchesPattern(MILLISECONDS))
                .body("period_start", equalTo("2024-11-01"))
                .body("period_end", equalTo("2024-12-01"))
                .body("current", equalTo(true))
                .body("steps", equalTo(2880))
                .body("default_steps", equalTo(2879))
                .body("submissions", hasSize(1))
                .body("measured_points", equalTo(6))
                .body("estimated_points", equalTo(6 * 2880 - 6));

        int step = 40;  // 10:00 local on 5 November
        assertEquals(150_000, value(agreement, c.get(0), "autocons", step), EXACT);
        assertEquals(75_000, value(agreement, c.get(1), "autocons", step), EXACT);
        assertEquals(0, value(agreement, c.get(1), "complement", step), EXACT);
        assertEquals(40_000 + 10_000.0 / 11, value(agreement, p.get(0), "surplus", step), EXACT);
        assertEquals(15_000 + 10_000.0 / 11, value(agreement, p.get(1), "surplus", step), EXACT);
        assertEquals(18_000 + 2_000.0 / 11, value(agreement, p.get(2), "surplus", step), EXACT);
        assertEquals(100_000 - 15_000 - 10_000.0 / 11, value(agreement, p.get(1), "autoprod", step), EXACT);
        // P1 gives C2 34,090.9 W for a quarter hour: 8,522.7 Wh in HPH (November, 10:00). The missing values of
        // 12, 19 and 26 November at 10:00 are those of a week before (J-7), allocated by the DEFAULT key: C2 gets
        // 75/275 of each production, keeps 75,000 W of the 95,454.5 W given: from P1, 200,000 x 75/275 x 11/14 W.
        double defaultStep = 200_000.0 * 75 / 275 * 11 / 14 / 4;
        assertEquals((34_000 + 1_000.0 / 11) / 4 + 3 * defaultStep, pair(agreement, p.get(0), c.get(1), "HPH"), EXACT);
        assertEquals(200_000, value(agreement, p.get(0), "prod", step), EXACT);
    }

    @Test
    void aPeriodThatStartsBeforeOctober2024IsAtHalfHoursThroughout() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-09-15", 2, 1);  // anniversary 15
        String id = agreement.agreementId();
        List<String> c = agreement.consumers();
        String producer = agreement.producers().get(0);
        // The meters count quarter hours from 1 October: 10:00 and 10:15, 1,000 W then 3,000 W.
        List<Map<String, Object>> quarterHours = List.of(Map.of("start", "2024-10-01T10:00:00+02:00", "value", 1_000),
                Map.of("start", "2024-10-01T10:15:00+02:00", "value", 3_000));
        Api.asOperator().body(Map.of("curves", List.of(
                        Map.of("usage_point_id", c.get(0), "type", "cons", "interval_reading", quarterHours),
                        Map.of("usage_point_id", c.get(1), "type", "cons", "interval_reading", quarterHours),
                        Map.of("usage_point_id", producer, "type", "prod", "interval_reading", quarterHours))))
                .put(rawPath(agreement)).then().statusCode(200);
        Api.clock("2024-10-16T10:00:00+02:00");
        Api.asPmo(agreement).body(Map.of("key_type", "DYNAMIC_SIMPLE", "steps", List.of(
                        Map.of("start", "2024-10-01T10:00:00+02:00", "keys", Api.keys(c, 100, 0)),
                        Map.of("start", "2024-10-01T10:15:00+02:00", "keys", Api.keys(c, 100, 0)))))
                .post(Api.AGREEMENTS + "/" + id + "/repartition_keys").then().statusCode(200)
                .body("accepted", equalTo(1))
                .body("steps[1].rejections[0].code", equalTo("STEP_MISALIGNED"))
                .body("steps[1].rejections[0].message", Matchers.containsString("30 minutes"));

        calculate(agreement, "2024-09-15").statusCode(200)
                .body("period_end", equalTo("2024-10-15"))
                .body("steps", equalTo(30 * 48));
        Row october = row(agreement, c.get(0), "autocons", LocalDate.of(2024, 10, 1));
        assertEquals(48, october.getArrayOfDoubles("value").length);
        assertEquals(2_000, october.getArrayOfDoubles("value")[20], EXACT, "the mean of the two quarter hours");
        Api.asPmo(agreement).queryParam("start", "2024-10-01").queryParam("end", "2024-10-02")
                .get(Api.AGREEMENTS + "/" + id + "/definitive_load_curves").then().statusCode(200)
                .body("interval_length", equalTo("PT30M"))
                .body("curves[0].interval_reading", hasSize(48));
        expectError(Api.asPmo(agreement).queryParam("start", "2024-10-01T10:15:00+02:00")
                .queryParam("end", "2024-10-02").get(Api.AGREEMENTS + "/" + id + "/definitive_load_curves"), 400)
                .body("error_description", Matchers.containsString("30 minutes"));
        Api.clock("2024-11-20T10:00:00+01:00");
        calculate(agreement, "2024-10-15").statusCode(200).body("steps", equalTo(31 * 96 + 4));
        expectError(Api.asPmo(agreement).queryParam("start", "2024-10-14").queryParam("end", "2024-10-16")
                .get(Api.AGREEMENTS + "/" + id + "/definitive_load_curves"), 400)
                .body("error_description", Matchers.containsString("switch"));
    }

    @Test
    void stepsWithoutKeysUseTheDefaultKeyAndItIsPublished() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 2, 1);
        List<String> c = agreement.consumers();
        loadCurves(agreement, Map.of(agreement.producers().get(0), 8_000), Map.of(c.get(0), 3_000, c.get(1), 9_000));
        calculate(agreement, "2024-11-01").statusCode(200).body("default_steps", equalTo(2880));
        assertEquals(0.25, value(agreement, c.get(0), "default_key", 40), EXACT);
        assertEquals(2_000, value(agreement, c.get(0), "autocons", 40), EXACT);
        assertEquals(6_000, value(agreement, c.get(1), "autocons", 40), EXACT);
        assertEquals(3_000, value(agreement, c.get(1), "complement", 40), EXACT);
        String keys = keysAtStep(agreement).statusCode(200)
                .body("steps[0].source", equalTo("DEFAULT"))
                .body("steps[0].keys.usage_point_id", equalTo(c))
                .extract().asString();
        assertTrue(keys.contains("\"coefficient\":25.0000000000}") && keys.contains("\"coefficient\":75.0000000000}"),
                keys);
    }

    @Test
    void aFullProducerWithoutKeyKeepsItsProductionAsSurplus() {
        Fixture agreement = Api.agreementWith("DYNAMIC_FULL", "2024-11-01", 1, 2);
        String consumer = agreement.consumers().get(0);
        String keyed = agreement.producers().get(0);
        String unkeyed = agreement.producers().get(1);
        Api.asOperator().body(Map.of("key_type", "DYNAMIC_FULL", "steps", List.of(Map.of("start", STEP,
                        "producers", List.of(Map.of("usage_point_id", keyed, "keys", Api.keys(List.of(consumer), 100)))))))
                .post(Api.AGREEMENTS + "/" + agreement.agreementId() + "/repartition_keys")
                .then().statusCode(200).body("accepted", equalTo(1));
        loadCurves(agreement, Map.of(keyed, 1_000, unkeyed, 5_000), Map.of(consumer, 10_000));
        calculate(agreement, "2024-11-01").statusCode(200).body("default_steps", equalTo(2879));
        assertEquals(1_000, value(agreement, consumer, "autocons", 40), EXACT);
        assertEquals(5_000, value(agreement, unkeyed, "surplus", 40), EXACT);
        assertEquals(0, value(agreement, keyed, "surplus", 40), EXACT);
        keysAtStep(agreement).statusCode(200)
                .body("steps[0].source", equalTo("SUBMITTED"))
                .body("steps[0].surplus_producers", equalTo(List.of(unkeyed)));
    }

    private static ValidatableResponse keysAtStep(Fixture agreement) {
        return Api.asPmo(agreement).queryParam("start", STEP).queryParam("end", "2024-11-05T10:15:00+01:00")
                .get(Api.AGREEMENTS + "/" + agreement.agreementId() + "/repartition_keys").then();
    }

    @Test
    void aRerunReplacesThePreviousResults() {
        Fixture agreement = Api.agreementWith("DEFAULT", "2024-11-01", 1, 1);
        loadCurves(agreement, Map.of(agreement.producers().get(0), 1_000), Map.of(agreement.consumers().get(0), 400));
        String first = calculate(agreement, "2024-11-01").statusCode(200).extract().path("calculation_id");
        loadCurves(agreement, Map.of(agreement.producers().get(0), 1_000), Map.of(agreement.consumers().get(0), 700));
        String second = calculate(agreement, "2024-11-01").statusCode(200).extract().path("calculation_id");
        assertEquals(700, value(agreement, agreement.consumers().get(0), "autocons", 40), EXACT);
        Api.asOperator().get(Api.OPERATOR + "/agreements/" + agreement.agreementId() + "/calculations")
                .then().statusCode(200)
                .body("calculations.calculation_id", equalTo(List.of(second, first)))
                .body("calculations.current", equalTo(List.of(true, false)));
        assertEquals(0L, count("SELECT count(*) FROM result_curve WHERE calculation_id = '" + first + "'"));
    }

    @Test
    void gapsAreEstimatedAndMarked() {
        Fixture agreement = Api.agreementWith("DEFAULT", "2024-11-01", 1, 1);
        String consumer = agreement.consumers().get(0);
        List<Map<String, Object>> readings = new ArrayList<>();
        readings.add(Map.of("start", "2024-11-05T10:00:00+01:00", "value", 100));
        readings.add(Map.of("start", "2024-11-05T10:45:00+01:00", "value", 400));
        String producer = agreement.producers().get(0);
        List<Map<String, Object>> production = new ArrayList<>();
        for (String quarter : List.of("00", "15", "30", "45")) {
            production.add(Map.of("start", "2024-11-05T10:" + quarter + ":00+01:00", "value", 1_000));
        }
        Api.asOperator().body(Map.of("curves", List.of(Map.of("usage_point_id", consumer, "type", "cons",
                        "interval_reading", readings), Map.of("usage_point_id", producer, "type", "prod",
                        "interval_reading", production))))
                .put(rawPath(agreement)).then().statusCode(200)
                .body("curves[0].readings", equalTo(2))
                .body("curves[0].end", equalTo("2024-11-05T11:00:00+01:00"));
        calculate(agreement, "2024-11-01").statusCode(200);
        assertEquals(200, value(agreement, consumer, "cons", 41), EXACT);
        assertEquals(300, value(agreement, consumer, "cons", 42), EXACT);
        Row row = row(agreement, consumer, "cons", LocalDate.of(2024, 11, 5));
        assertEquals(List.of(false, true, true, false), List.of(row.getArrayOfBooleans("estimated")).subList(40, 44));

        // What the allocation derives from an estimated value is marked too; the producer's own meter value is not.
        List<Boolean> derived = Arrays.asList(null, true, true, null);
        List<Boolean> none = Arrays.asList(null, null, null, null);
        Api.asPmo(agreement).queryParam("start", "2024-11-05T10:00:00+01:00")
                .queryParam("end", "2024-11-05T11:00:00+01:00")
                .get(Api.AGREEMENTS + "/" + agreement.agreementId() + "/definitive_load_curves").then().statusCode(200)
                .body(marks(consumer, "cons"), equalTo(derived))
                .body(marks(consumer, "autocons"), equalTo(derived))
                .body(marks(producer, "prod"), equalTo(none))
                .body(marks(producer, "surplus"), equalTo(derived))
                .body(marks(producer, "autoprod"), equalTo(derived))
                .body(marks(agreement.agreementId(), "prod"), equalTo(none))
                .body(marks(agreement.agreementId(), "complement"), equalTo(derived));
    }

    private static String marks(String usagePointId, String type) {
        return "curves.find { it.usage_point_id == '" + usagePointId + "' && it.type == '" + type
                + "' }.interval_reading.estimated";
    }

    @Test
    void aCdcFileIsLoadedAndAReloadReplacesItsRange() {
        Fixture agreement = Api.agreementWith("DEFAULT", "2024-11-01", 1, 1);
        String consumer = agreement.consumers().get(0);
        String name = consumer + "_05112024_05112024_cons_CDC.csv";
        Api.asOperator().contentType("text/csv").queryParam("filename", name)
                .body("05/11/2024 10:00;100;200;;400;\r\n05/11/2024 11:00;1;2;3;4;\r\n")
                .put(rawPath(agreement)).then().statusCode(200).body("curves[0].readings", equalTo(7));
        Row row = rawRow(consumer, LocalDate.of(2024, 11, 5));
        assertEquals(List.of(100, 200), Arrays.asList(row.getArrayOfIntegers("watts")).subList(40, 42));
        assertEquals(null, row.getArrayOfIntegers("watts")[42]);

        Api.asOperator().body(Map.of("curves", List.of(Map.of("usage_point_id", consumer, "type", "cons",
                        "interval_reading", List.of(Map.of("start", "2024-11-05T10:15:00+01:00", "value", 7))))))
                .put(rawPath(agreement)).then().statusCode(200);
        Integer[] watts = rawRow(consumer, LocalDate.of(2024, 11, 5)).getArrayOfIntegers("watts");
        assertEquals(100, watts[40]);
        assertEquals(7, watts[41]);
        assertEquals(400, watts[43]);
    }

    @Test
    void malformedCurvesAre4xxNamingTheLineOrReading() {
        Fixture agreement = Api.agreementWith("DEFAULT", "2024-11-01", 1, 1);
        String consumer = agreement.consumers().get(0);
        expectError(Api.asOperator().contentType("text/csv").queryParam("filename", consumer
                + "_05112024_05112024_cons_CDC.csv").body("05/11/2024 10:00;100;-2;3;4;\r\n")
                .put(rawPath(agreement)), 400).body("error_description", Matchers.startsWith("line 1"));
        expectError(Api.asOperator().contentType("text/csv").queryParam("filename", consumer
                + "_05112024_05112024_cons_CDC.csv").body("05/11/2024 10:00;1;2;3;4;\r\n05/11/2024 11:00;1;2;3\r\n")
                .put(rawPath(agreement)), 400).body("error_description", Matchers.startsWith("line 2"));
        expectError(Api.asOperator().contentType("text/csv").queryParam("filename", "curve.csv")
                .body("05/11/2024 10:00;1;2;3;4;\r\n").put(rawPath(agreement)), 400);
        expectError(curve(agreement, consumer, "cons", STEP, 12.5), 400)
                .body("error_description", Matchers.startsWith("curves[0].interval_reading[0]"));
        expectError(curve(agreement, consumer, "cons", STEP, -1), 400);
        expectError(curve(agreement, consumer, "cons", "2024-11-05T10:05:00+01:00", 1), 400);
        expectError(curve(agreement, consumer, "prod", STEP, 1), 409).body("error", equalTo("not_attached"));
        expectError(curve(agreement, consumer, "cons", "2024-10-31T10:00:00+01:00", 1), 409);
        assertEquals(0L, count("SELECT count(*) FROM raw_curve WHERE usage_point_id = '" + consumer + "'"));
    }

    @Test
    void aPeriodIsNamedByItsFirstDayAndMustBeOver() {
        Fixture agreement = Api.agreementWith("DEFAULT", "2024-11-01", 1, 1);
        expectError(calculate(agreement, "2024-11-02"), 400);
        expectError(calculate(agreement, "2024-10-01"), 400);
        expectError(calculate(agreement, "2024-12-01"), 409).body("error", equalTo("period_not_over"));
        expectError(Api.asOperator().body(Map.of("period_start", "soon"))
                .post(Api.OPERATOR + "/agreements/" + agreement.agreementId() + "/calculations"), 400);
        expectError(Api.asPmo().body(Map.of("period_start", "2024-11-01"))
                .post(Api.OPERATOR + "/agreements/" + agreement.agreementId() + "/calculations"), 403);
    }

    @Test
    void theScheduleComputesPeriodsWhoseKeyDeadlineHasPassed() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-10-01", 1, 1);
        // 6 December 2024: October (due 7 November) and November (due 5 December) are due, not December.
        Api.clock("2024-12-06T09:00:00+01:00");
        runDue();
        Api.asOperator().get(Api.OPERATOR + "/agreements/" + agreement.agreementId() + "/calculations")
                .then().statusCode(200)
                .body("calculations.period_start", equalTo(List.of("2024-11-01", "2024-10-01")))
                .body("calculations.trigger", equalTo(List.of("SCHEDULE", "SCHEDULE")));
        runDue();
        Api.asOperator().get(Api.OPERATOR + "/agreements/" + agreement.agreementId() + "/calculations")
                .then().body("calculations", hasSize(2));
    }

    @Test
    void aPeriodAnotherReplicaComputesIsSkippedByTheScheduleAndWaitedForByTheOperator() throws Throwable {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-10-01", 1, 1);
        Api.clock("2024-12-06T09:00:00+01:00");
        // Another replica's run of October holds its claim, in a transaction on a connection of its own.
        SqlConnection other = pool.getConnection().await().indefinitely();
        Tuple october = Tuple.of(agreement.agreementId(), LocalDate.of(2024, 10, 1));
        try {
            other.preparedQuery("INSERT INTO calculation_claim VALUES ($1, $2) ON CONFLICT DO NOTHING")
                    .execute(october).await().indefinitely();
            Transaction transaction = other.begin().await().indefinitely();
            other.preparedQuery("SELECT 1 FROM calculation_claim WHERE agreement_id = $1 AND period_start = $2 "
                    + "FOR UPDATE").execute(october).await().indefinitely();
            runDue();
            Api.asOperator().get(Api.OPERATOR + "/agreements/" + agreement.agreementId() + "/calculations")
                    .then().statusCode(200).body("calculations.period_start", equalTo(List.of("2024-11-01")));
            CompletableFuture<Response> operatorRun = CompletableFuture.supplyAsync(
                    () -> calculate(agreement, "2024-10-01").extract().response());
            Thread.sleep(1_000);
            assertFalse(operatorRun.isDone(), "the operator's run waits for the other one to end");
            transaction.commit().await().indefinitely();
            Response answered = operatorRun.get(30, TimeUnit.SECONDS);
            assertEquals(200, answered.statusCode(), answered.asString());
            assertEquals("OPERATOR", answered.jsonPath().getString("trigger"));
            // Held past acc.calculation.claim-wait (3 s in tests), the operator's run gives up with a 409.
            transaction = other.begin().await().indefinitely();
            other.preparedQuery("SELECT 1 FROM calculation_claim WHERE agreement_id = $1 AND period_start = $2 "
                    + "FOR UPDATE").execute(october).await().indefinitely();
            calculate(agreement, "2024-10-01").statusCode(409).body("error", equalTo("calculation_in_progress"));
            transaction.rollback().await().indefinitely();
        } finally {
            other.close().await().indefinitely();
        }
        runDue();
        Api.asOperator().get(Api.OPERATOR + "/agreements/" + agreement.agreementId() + "/calculations")
                .then().statusCode(200)
                .body("calculations.period_start", equalTo(List.of("2024-11-01", "2024-10-01")))
                .body("calculations.trigger", equalTo(List.of("SCHEDULE", "OPERATOR")));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private void runDue() {
        try {
            VertxContextSupport.subscribeAndAwait(schedule::runDue);
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    private static void loadCurves(Fixture agreement, Map<String, Integer> production, Map<String, Integer> consumption) {
        List<Map<String, Object>> curves = new ArrayList<>();
        production.forEach((prm, watts) -> curves.add(Map.of("usage_point_id", prm, "type", "prod",
                "interval_reading", List.of(Map.of("start", STEP, "value", watts)))));
        consumption.forEach((prm, watts) -> curves.add(Map.of("usage_point_id", prm, "type", "cons",
                "interval_reading", List.of(Map.of("start", STEP, "value", watts)))));
        Api.asOperator().body(Map.of("curves", curves)).put(rawPath(agreement)).then().statusCode(200);
    }

    private static Response curve(Fixture agreement, String prm, String type, String start,
            double value) {
        return Api.asOperator().body(Map.of("curves", List.of(Map.of("usage_point_id", prm, "type", type,
                "interval_reading", List.of(Map.of("start", start, "value", value)))))).put(rawPath(agreement));
    }

    private static ValidatableResponse calculate(Fixture agreement, String periodStart) {
        return Api.asOperator().body(Map.of("period_start", periodStart))
                .post(Api.OPERATOR + "/agreements/" + agreement.agreementId() + "/calculations").then();
    }

    private static String rawPath(Fixture agreement) {
        return Api.OPERATOR + "/agreements/" + agreement.agreementId() + "/raw_load_curves";
    }

    private double value(Fixture agreement, String prm, String quantity, int step) {
        return row(agreement, prm, quantity, LocalDate.of(2024, 11, 5)).getArrayOfDoubles("value")[step];
    }

    private Row row(Fixture agreement, String prm, String quantity, LocalDate day) {
        return pool.preparedQuery("""
                        SELECT r.value, r.estimated FROM result_curve r JOIN calculation c ON c.id = r.calculation_id
                        WHERE c.agreement_id = $1 AND c.current AND r.usage_point_id = $2 AND r.quantity = $3
                          AND r.day = $4""")
                .execute(Tuple.of(agreement.agreementId(), prm, quantity, day))
                .await().indefinitely().iterator().next();
    }

    private double pair(Fixture agreement, String producer, String consumer, String timeClass) {
        return pool.preparedQuery("""
                        SELECT p.energy_wh FROM result_pair p JOIN calculation c ON c.id = p.calculation_id
                        WHERE c.agreement_id = $1 AND c.current AND p.producer_id = $2 AND p.consumer_id = $3
                          AND p.time_class = $4""")
                .execute(Tuple.of(agreement.agreementId(), producer, consumer, timeClass))
                .await().indefinitely().iterator().next().getDouble(0);
    }

    private Row rawRow(String prm, LocalDate day) {
        return pool.preparedQuery("SELECT watts FROM raw_curve WHERE usage_point_id = $1 AND day = $2")
                .execute(Tuple.of(prm, day)).await().indefinitely().iterator().next();
    }

    private long count(String sql) {
        return pool.query(sql).execute().await().indefinitely().iterator().next().getLong(0);
    }

    private static ValidatableResponse expectError(Response response, int status) {
        return expectError(response.then(), status);
    }

    private static ValidatableResponse expectError(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(ContentType.JSON)
                .body("error", notNullValue()).body("error_description", notNullValue());
    }
}
