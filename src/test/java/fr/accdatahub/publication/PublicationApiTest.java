package fr.accdatahub.publication;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.publication.domain.IndicatorsWorkbook;
import fr.accdatahub.support.Api;
import fr.accdatahub.support.Api.Fixture;
import fr.accdatahub.web.Media;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The definitive data a PMO reads: curves, energies, indicators, the annex 6 files and the monthly package. */
@QuarkusTest
class PublicationApiTest {

    private static final String SEEDED = "ACC00000002";
    private static Fixture annex7;

    @Inject
    Pool pool;

    @BeforeEach
    void computePeriodsOnce() {
        if (annex7 != null) {
            return;
        }
        // The seeded agreement has a year of realistic curves: compute October and November 2024.
        for (String period : List.of("2024-10-01", "2024-11-01")) {
            Api.asOperator().body(Map.of("period_start", period))
                    .post(Api.OPERATOR + "/agreements/" + SEEDED + "/calculations").then().statusCode(200);
        }
        annex7 = annex7Agreement();
    }

    @Test
    void publishedCurvesKeepTheIdentitiesExactlyAtEveryStep() {
        JsonPath curves = Api.asPmo().queryParam("start", "2024-11-16").queryParam("end", "2024-11-17")
                .get(path(SEEDED) + "/definitive_load_curves").then().statusCode(200)
                .body("unit", equalTo("W"))
                .body("interval_length", equalTo("PT15M"))
                .extract().jsonPath();
        Map<String, Map<String, int[]>> byType = curves(curves);
        Map<String, int[]> total = byType.get(SEEDED);
        assertEquals(96, total.get("cons").length);
        long producersSurplus = 0;
        for (int s = 0; s < 96; s++) {
            long cons = 0;
            long autocons = 0;
            long complement = 0;
            long surplus = 0;
            long autoprod = 0;
            for (Map.Entry<String, Map<String, int[]>> entry : byType.entrySet()) {
                Map<String, int[]> participant = entry.getValue();
                if (entry.getKey().equals(SEEDED)) {
                    continue;
                }
                if (participant.containsKey("cons")) {
                    assertEquals(participant.get("cons")[s], participant.get("autocons")[s]
                            + participant.get("complement")[s], entry.getKey() + " step " + s);
                    assertTrue(participant.get("complement")[s] >= 0);
                    cons += participant.get("cons")[s];
                    autocons += participant.get("autocons")[s];
                    complement += participant.get("complement")[s];
                } else {
                    assertEquals(participant.get("prod")[s], participant.get("autoprod")[s]
                            + participant.get("surplus")[s], entry.getKey() + " step " + s);
                    surplus += participant.get("surplus")[s];
                    autoprod += participant.get("autoprod")[s];
                    assertTrue(participant.get("surplus")[s] >= 0);
                }
            }
            assertEquals(autoprod, total.get("autocons")[s], "Σ autoprod = Σ autocons at step " + s);
            assertEquals(total.get("autocons")[s], total.get("autoprod")[s]);
            assertEquals(total.get("prod")[s], total.get("autocons")[s] + total.get("surplus")[s], "step " + s);
            assertEquals(cons, total.get("cons")[s]);
            assertEquals(autocons, total.get("autocons")[s]);
            assertEquals(complement, total.get("complement")[s]);
            assertEquals(surplus, total.get("surplus")[s]);
            producersSurplus += surplus;
        }
        assertTrue(producersSurplus >= 0);
    }

    @Test
    void theClockChangeDayHas100StepsInCurvesAndFiles() {
        Api.asPmo().queryParam("start", "2024-10-27").queryParam("end", "2024-10-28").queryParam("type", "cons")
                .queryParam("usage_point_id", "30000000000101")
                .get(path(SEEDED) + "/definitive_load_curves").then().statusCode(200)
                .body("start", equalTo("2024-10-27T00:00:00+02:00"))
                .body("end", equalTo("2024-10-28T00:00:00+01:00"))
                .body("curves", hasSize(1))
                .body("curves[0].interval_reading", hasSize(100))
                .body("curves[0].interval_reading[8].start", equalTo("2024-10-27T02:00:00+02:00"))
                .body("curves[0].interval_reading[12].start", equalTo("2024-10-27T02:00:00+01:00"));
        String csv = Api.asPmo().accept("text/csv").queryParam("start", "2024-10-27").queryParam("end", "2024-10-28")
                .queryParam("type", "cons").queryParam("usage_point_id", "30000000000101")
                .get(path(SEEDED) + "/definitive_load_curves").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"30000000000101_27102024_27102024_Conso_CDC.csv\"")
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(25, lines.length);
        assertTrue(lines[2].startsWith("27/10/2024 02:00;") && lines[3].startsWith("27/10/2024 02:00;"));
        assertTrue(lines[0].matches("27/10/2024 00:00;\\d+;\\d+;\\d+;\\d+;"), lines[0]);
    }

    @Test
    void theAnnex7ExampleInFilesByteForByte() {
        String p1 = annex7.producers().get(0);
        String c2 = annex7.consumers().get(1);
        String surplus = annex7Range().accept("text/csv").queryParam("type", "surplus").queryParam("usage_point_id", p1)
                .get(path(annex7.agreementId()) + "/definitive_load_curves")
                .then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"" + p1 + "_05112024_05112024_Surplus_CDC.csv\"")
                .extract().asString();
        assertEquals("05/11/2024 10:00;40909;40909;0;0;\r\n", surplus);
        String total = annex7Range().accept("text/csv").queryParam("type", "surplus")
                .queryParam("usage_point_id", annex7.agreementId())
                .get(path(annex7.agreementId()) + "/definitive_load_curves")
                .then().statusCode(200).extract().asString();
        assertEquals("05/11/2024 10:00;75000;75000;0;0;\r\n", total);
        String energy = annex7Range().accept("text/csv").queryParam("type", "autocons")
                .get(path(annex7.agreementId()) + "/definitive_active_energy/cons/" + c2)
                .then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"" + c2 + "_05112024_05112024_Autoconso_ENERGIE.csv\"")
                .extract().asString();
        assertEquals("HP;37,50;\r\nHC;0,00;\r\n", energy);
    }

    @Test
    void energiesArePerClassAndAddUpToTheCent() {
        JsonPath energy = Api.asPmo().queryParam("start", "2024-11-01").queryParam("end", "2024-12-01")
                .get(path(SEEDED) + "/definitive_active_energy/cons/30000000000101").then().statusCode(200)
                .body("cons_id", equalTo("30000000000101"))
                .body("unit", equalTo("kWh"))
                .body("quantities", hasSize(6))
                .body("by_producer.usage_point_id", equalTo(List.of("30000000000201", "30000000000202")))
                .extract().jsonPath();
        for (int block = 0; block < 6; block++) {
            List<Float> values = energy.getList("quantities[" + block + "].quantities.value", Float.class);
            BigDecimal sum = values.stream().map(v -> new BigDecimal(v.toString())).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            assertEquals(0, sum.compareTo(new BigDecimal(energy.getString("quantities[" + block + "].total"))));
        }
        BigDecimal cons = new BigDecimal(energy.getString("quantities.find { it.type == 'cons' }.total"));
        BigDecimal autocons = new BigDecimal(energy.getString("quantities.find { it.type == 'autocons' }.total"));
        BigDecimal complement = new BigDecimal(energy.getString("quantities.find { it.type == 'complement' }.total"));
        assertEquals(0, cons.compareTo(autocons.add(complement)));
        assertEquals("HPH", energy.getString("quantities[0].quantities[0].name"));
        assertEquals("HP", energy.getString("quantities[1].quantities[0].name"));

        Api.asPmo().queryParam("start", "2024-11-01").queryParam("end", "2024-12-01").queryParam("type", "surplus")
                .get(path(SEEDED) + "/definitive_active_energy/prod/30000000000201").then().statusCode(200)
                .body("prod_id", equalTo("30000000000201"))
                .body("quantities.type", equalTo(List.of("surplus", "surplus")))
                .body("by_consumer", hasSize(20));
        Api.asPmo().queryParam("start", "2024-11-05").queryParam("end", "2024-11-06")
                .get(path(SEEDED) + "/definitive_active_energy/cons/30000000000101").then().statusCode(200)
                .body("by_producer", Matchers.nullValue());
    }

    @Test
    void energiesOfWholeDaysAreTheDaysStoredWithTheRunAndTheCurvesGiveTheSame() {
        String currentNovember = "SELECT id FROM calculation WHERE agreement_id = '" + SEEDED + "' AND current "
                + "AND period_start = '2024-11-01'";
        List<String> prms = List.of("30000000000101", "30000000000102", "30000000000110", "30000000000201",
                "30000000000202");
        Map<String, String> summed = new HashMap<>();
        prms.forEach(prm -> summed.put(prm, energyAnswers(prm)));
        // What is served is what the run stored: a kWh more in one day's HPH is a kWh more in the month's HPH.
        String consumer = "30000000000101";
        String oneDay = "UPDATE result_energy SET whole[1] = whole[1] + %d WHERE usage_point_id = '" + consumer
                + "' AND role = 'CONS' AND day = '2024-11-20' AND calculation_id IN (" + currentNovember + ")";
        sql(String.format(oneDay, 60_000));
        try {
            BigDecimal before = new BigDecimal(JsonPath.from(summed.get(consumer).split("\n")[0])
                    .getString("quantities[0].quantities[0].value"));
            assertEquals(0, before.add(BigDecimal.ONE).compareTo(new BigDecimal(JsonPath.from(
                    energyAnswers(consumer).split("\n")[0]).getString("quantities[0].quantities[0].value"))));
        } finally {
            sql(String.format(oneDay, -60_000));
        }
        // A run whose day energies rest on another perimeter (or predate them) is read from its curves: the same.
        String basis = pool.query("SELECT calculation_id, basis FROM result_energy_basis WHERE calculation_id IN ("
                + currentNovember + ")").execute().await().indefinitely().iterator().next().getString(1);
        sql("UPDATE result_energy_basis SET basis = repeat('0', 64) WHERE calculation_id IN (" + currentNovember
                + ")");
        try {
            prms.forEach(prm -> assertEquals(summed.get(prm), energyAnswers(prm), prm));
        } finally {
            sql("UPDATE result_energy_basis SET basis = '" + basis + "' WHERE calculation_id IN (" + currentNovember
                    + ")");
        }
    }

    /** A participant's November energies (JSON), a week of them, and its ENERGIE file of the month. */
    private static String energyAnswers(String prm) {
        String kind = prm.startsWith("300000000001") ? "cons" : "prod";
        String month = Api.asPmo().queryParam("start", "2024-11-01").queryParam("end", "2024-12-01")
                .get(path(SEEDED) + "/definitive_active_energy/" + kind + "/" + prm).then().statusCode(200)
                .extract().asString();
        String week = Api.asPmo().queryParam("start", "2024-11-04").queryParam("end", "2024-11-11")
                .get(path(SEEDED) + "/definitive_active_energy/" + kind + "/" + prm).then().statusCode(200)
                .extract().asString();
        String file = Api.asPmo().accept(Media.TEXT_CSV).queryParam("start", "2024-11-01")
                .queryParam("end", "2024-12-01").queryParam("type", kind)
                .get(path(SEEDED) + "/definitive_active_energy/" + kind + "/" + prm).then().statusCode(200)
                .extract().asString();
        return month + "\n" + week + "\n" + file;
    }

    private void sql(String statement) {
        pool.query(statement).execute().await().indefinitely();
    }

    @Test
    void readsOfAMonthJustRepublishedAtTheSameTimeAllGetItsNumbers() throws Exception {
        Api.asOperator().body(Map.of("period_start", "2024-10-01"))
                .post(Api.OPERATOR + "/agreements/" + SEEDED + "/calculations").then().statusCode(200);
        List<String> consumers = IntStream.rangeClosed(101, 110).mapToObj(n -> "30000000000" + n).toList();
        ExecutorService callers = Executors.newFixedThreadPool(consumers.size());
        try {
            List<Future<String>> together = consumers.stream().map(prm -> callers.submit(() -> octoberEnergies(prm)))
                    .toList();
            for (int k = 0; k < consumers.size(); k++) {
                assertEquals(octoberEnergies(consumers.get(k)), together.get(k).get(60, TimeUnit.SECONDS),
                        consumers.get(k));
            }
        } finally {
            callers.shutdownNow();
        }
    }

    private static String octoberEnergies(String consumer) {
        return Api.asPmo().queryParam("start", "2024-10-01").queryParam("end", "2024-11-01")
                .get(path(SEEDED) + "/definitive_active_energy/cons/" + consumer).then().statusCode(200)
                .extract().asString();
    }

    @Test
    void indicatorsGiveTotalsAndRates() {
        JsonPath indicators = Api.asPmo().queryParam("start", "2024-11-01").queryParam("end", "2024-12-01")
                .get(path(SEEDED) + "/indicators").then().statusCode(200)
                .body("participants", hasSize(22))
                .extract().jsonPath();
        BigDecimal production = new BigDecimal(indicators.getString("production"));
        BigDecimal autoconsumption = new BigDecimal(indicators.getString("autoconsumption"));
        BigDecimal surplus = new BigDecimal(indicators.getString("surplus"));
        assertEquals(0, production.compareTo(autoconsumption.add(surplus)));
        assertEquals(0, autoconsumption.divide(production, 4, RoundingMode.HALF_UP)
                .compareTo(new BigDecimal(indicators.getString("autoconsumption_rate"))));
        assertTrue(new BigDecimal(indicators.getString("autoproduction_rate")).compareTo(BigDecimal.ONE) <= 0);
    }

    @Test
    void theThreeRatesOfTheAnnex7ExampleAndTheirWorkbook() throws IOException {
        // Over 10:00-11:00, only the two measured quarter hours count: 350,000 W produced, 275,000 W consumed, all
        // of it self-consumed.
        JsonPath json = annex7Range().get(path(annex7.agreementId()) + "/indicators").then().statusCode(200)
                .body("production", equalTo(175.0f))
                .body("consumption", equalTo(137.5f))
                .body("autoconsumption_rate", equalTo(0.7857f))
                .body("autoproduction_rate", equalTo(1.0f))
                .body("coverage_rate", equalTo(1.2727f))
                .extract().jsonPath();
        byte[] xlsx = annex7Range().accept(Media.XLSX).get(path(annex7.agreementId()) + "/indicators").then()
                .statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"" + annex7.agreementId()
                        + "_05112024_05112024.xlsx\"")
                .extract().asByteArray();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet operation = workbook.getSheet(IndicatorsWorkbook.OPERATION);
            Map<String, Double> figures = new HashMap<>();
            for (Row row : operation) {
                if (row.getRowNum() > 0 && row.getCell(1).getCellType() == CellType.NUMERIC) {
                    figures.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
                }
            }
            assertEquals(json.getDouble("consumption"), figures.get("Consommation (kWh)"), 1e-9);
            assertEquals(json.getDouble("production"), figures.get("Production (kWh)"), 1e-9);
            assertEquals(json.getDouble("autoconsumption"), figures.get("Autoconsommation (kWh)"), 1e-9);
            assertEquals(json.getDouble("surplus"), figures.get("Surplus (kWh)"), 1e-9);
            assertEquals(json.getDouble("autoconsumption_rate"), figures.get("Taux d'autoconsommation"), 1e-9);
            assertEquals(json.getDouble("autoproduction_rate"), figures.get("Taux d'autoproduction"), 1e-9);
            assertEquals(json.getDouble("coverage_rate"), figures.get("Taux de couverture"), 1e-9);
            Sheet producers = workbook.getSheet(IndicatorsWorkbook.PRODUCERS);
            assertEquals(3, producers.getLastRowNum());
            Row first = producers.getRow(1);
            String producer = first.getCell(0).getStringCellValue();
            assertEquals(json.getDouble("participants.find { it.usage_point_id == '" + producer + "' }.surplus"),
                    first.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals(3, workbook.getSheet(IndicatorsWorkbook.CONSUMERS).getLastRowNum());
        }
    }

    @Test
    void rangesAndAccessAreChecked() {
        String curves = path(SEEDED) + "/definitive_load_curves";
        expectError(Api.asPmo().queryParam("start", "2024-10-01").queryParam("end", "2024-11-03").get(curves), 400);
        expectError(Api.asPmo().queryParam("start", "2024-11-02").queryParam("end", "2024-11-01").get(curves), 400);
        expectError(Api.asPmo().queryParam("start", "2025-03-01").queryParam("end", "2025-03-02").get(curves), 404)
                .body("error", equalTo("no_data_found"));
        expectError(Api.asPmo().queryParam("start", "2024-11-01").queryParam("end", "2024-11-02")
                .queryParam("usage_point_id", "10101010101023").get(curves), 404);
        expectError(Api.asPmo().queryParam("start", "2024-11-01").queryParam("end", "2024-11-02")
                .get(path(SEEDED) + "/definitive_active_energy/cons/30000000000201"), 404);
        expectError(Api.asPmo().queryParam("start", "2024-11-21").queryParam("end", "2024-11-22")
                .get(path(SEEDED) + "/definitive_active_energy/cons/30000000000120"), 404);
        expectError(Api.asPmo().queryParam("start", "2024-11-01").queryParam("end", "2024-11-02")
                .queryParam("type", "selfprod").get(curves), 400);
        expectError(Api.asPmo().accept("text/csv").queryParam("start", "2024-11-01").queryParam("end", "2024-11-02")
                .get(curves), 400);
        expectError(Api.asPmo(annex7).queryParam("start", "2024-11-01").queryParam("end", "2024-11-02").get(curves),
                404);
    }

    @Test
    void theMonthlyPackageHoldsEveryFile() throws Exception {
        byte[] zip = Api.asOperator().get(Api.OPERATOR + "/agreements/" + SEEDED + "/packages/2024-11-01")
                .then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"ACC00000002_01112024.zip\"")
                .extract().asByteArray();
        List<String> names = entryNames(zip);
        assertTrue(names.contains("Perimetre_Participants.csv"));
        assertTrue(names.contains("30000000000101_01112024_30112024_Autoconso_CDC.csv"));
        assertTrue(names.contains("30000000000201_01112024_30112024_AutoconsoParConsommateur_ENERGIE.csv"));
        assertTrue(names.contains("ACC00000002_01112024_30112024_Surplus_ENERGIE.csv"));
        assertTrue(names.contains("ACC00000002_01112024_30112024_CoefficientsParDefaut_CLE.csv"));
        assertTrue(names.contains("ACC00000002_01112024_30112024.xlsx"));
        // 20 consumers and 2 producers, 3 quantities x 2 files each, 2 details, 6 x 2 agreement files, the default
        // coefficients, the indicators workbook, the perimeter.
        assertEquals(22 * 6 + 2 + 12 + 1 + 1 + 1, names.size());
        expectError(Api.asPmo().get(Api.OPERATOR + "/agreements/" + SEEDED + "/packages/2024-11-01"), 403);
        byte[] pmoCopy = Api.asPmo().get(Api.AGREEMENTS + "/" + SEEDED + "/packages/2024-11-01").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"ACC00000002_01112024.zip\"")
                .extract().asByteArray();
        assertEquals(names, entryNames(pmoCopy), "the PMO's copy holds the operator's package's files");
        expectError(Api.asPmo(annex7).get(Api.AGREEMENTS + "/" + SEEDED + "/packages/2024-11-01"), 404);
        expectError(Api.asOperator().get(Api.OPERATOR + "/agreements/" + SEEDED + "/packages/2024-11-02"), 400);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static List<String> entryNames(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private static RequestSpecification annex7Range() {
        return Api.asPmo(annex7).queryParam("start", "2024-11-05T10:00:00+01:00")
                .queryParam("end", "2024-11-05T11:00:00+01:00");
    }

    /** The annex 7 example on 5 November 2024 at 10:00 and 10:15, computed. */
    private static Fixture annex7Agreement() {
        Api.clock("2024-12-03T10:00:00+01:00");
        try {
            Fixture agreement = Api.agreementWith("DYNAMIC_FULL", "2024-11-01", 3, 3);
            List<String> c = agreement.consumers();
            List<String> p = agreement.producers();
            double[][] keys = {{50, 25, 20}, {50, 50, 0}, {0, 20, 80}};
            List<Map<String, Object>> steps = new ArrayList<>();
            for (String start : List.of("2024-11-05T10:00:00+01:00", "2024-11-05T10:15:00+01:00")) {
                List<Map<String, Object>> producers = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    producers.add(Map.of("usage_point_id", p.get(i), "keys", Api.keys(c, keys[i])));
                }
                steps.add(Map.of("start", start, "producers", producers));
            }
            Api.asOperator().body(Map.of("key_type", "DYNAMIC_FULL", "steps", steps))
                    .post(path(agreement.agreementId()) + "/repartition_keys").then().statusCode(200)
                    .body("accepted", equalTo(2));
            Map<String, Integer> watts = new HashMap<>(Map.of(p.get(0), 200_000, p.get(1), 100_000, p.get(2), 50_000,
                    c.get(0), 150_000, c.get(1), 75_000, c.get(2), 50_000));
            List<Map<String, Object>> curves = new ArrayList<>();
            watts.forEach((prm, value) -> curves.add(Map.of("usage_point_id", prm,
                    "type", p.contains(prm) ? "prod" : "cons", "interval_reading", List.of(
                            Map.of("start", "2024-11-05T10:00:00+01:00", "value", value),
                            Map.of("start", "2024-11-05T10:15:00+01:00", "value", value)))));
            Api.asOperator().body(Map.of("curves", curves))
                    .put(Api.OPERATOR + "/agreements/" + agreement.agreementId() + "/raw_load_curves")
                    .then().statusCode(200);
            Api.asOperator().body(Map.of("period_start", "2024-11-01"))
                    .post(Api.OPERATOR + "/agreements/" + agreement.agreementId() + "/calculations")
                    .then().statusCode(200);
            return agreement;
        } finally {
            Api.resetClock();
        }
    }

    /** The curves of a JSON answer: per usage point and type, one whole-W value per step. */
    private static Map<String, Map<String, int[]>> curves(JsonPath json) {
        Map<String, Map<String, int[]>> curves = new HashMap<>();
        List<Map<String, Object>> list = json.getList("curves");
        for (Map<String, Object> curve : list) {
            List<Map<String, Object>> readings = (List<Map<String, Object>>) curve.get("interval_reading");
            int[] values = readings.stream().mapToInt(r -> ((Number) r.get("value")).intValue()).toArray();
            curves.computeIfAbsent((String) curve.get("usage_point_id"), k -> new HashMap<>())
                    .put((String) curve.get("type"), values);
        }
        return curves;
    }

    private static String path(String agreementId) {
        return Api.AGREEMENTS + "/" + agreementId;
    }

    private static ValidatableResponse expectError(Response response, int status) {
        return response.then().statusCode(status).contentType(ContentType.JSON)
                .body("error", notNullValue()).body("error_description", notNullValue());
    }
}
