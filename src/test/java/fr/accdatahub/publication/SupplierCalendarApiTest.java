package fr.accdatahub.publication;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.publication.domain.IndicatorsWorkbook;
import fr.accdatahub.support.Api;
import fr.accdatahub.support.Api.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import fr.accdatahub.web.Media;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A consumer's dated supplier calendar: its energies, ENERGIE file and indicators follow it period by period. */
@QuarkusTest
class SupplierCalendarApiTest {

    @AfterEach
    void resetClock() {
        Api.resetClock();
    }

    @Test
    void aConsumerBilledBaseThenSeasonalHasOneSupplierBlockPerPeriod() throws IOException {
        Fixture agreement = Api.agreementWith("DEFAULT", "2024-11-01", 1, 1);
        String id = agreement.agreementId();
        String consumer = agreement.consumers().get(0);
        String participant = Api.OPERATOR + "/agreements/" + id + "/participants/" + consumer + "/cons";
        Api.asOperator().body(Map.of("start", "2024-11-01", "end", "2024-11-15", "name", "Consommateur 0",
                "supplier_calendar", "BASE")).put(participant).then().statusCode(200);
        Api.asOperator().body(Map.of("start", "2024-11-15", "name", "Consommateur 0", "supplier_calendar",
                "SEASONAL")).put(participant).then().statusCode(201);
        List<Map<String, Object>> readings = new ArrayList<>();
        for (String day : List.of("2024-11-05", "2024-11-20")) {
            readings.add(Map.of("start", day + "T10:00:00+01:00", "value", 4_000));
            readings.add(Map.of("start", day + "T23:00:00+01:00", "value", 2_000));
        }
        Api.asOperator().body(Map.of("curves", List.of(Map.of("usage_point_id", consumer, "type", "cons",
                        "interval_reading", readings))))
                .put(Api.OPERATOR + "/agreements/" + id + "/raw_load_curves").then().statusCode(200);
        Api.clock("2024-12-10T10:00:00+01:00");
        Api.asOperator().body(Map.of("period_start", "2024-11-01"))
                .post(Api.OPERATOR + "/agreements/" + id + "/calculations").then().statusCode(200);

        String energy = Api.AGREEMENTS + "/" + id + "/definitive_active_energy/cons/" + consumer;
        JsonPath json = Api.asPmo(agreement).queryParam("start", "2024-11-01").queryParam("end", "2024-12-01")
                .queryParam("type", "cons").get(energy).then().statusCode(200)
                .body("quantities.calendar_type", equalTo(List.of("DISTRIB", "FOURNISSEUR", "FOURNISSEUR")))
                .body("quantities[1].supplier_calendar", equalTo("BASE"))
                .body("quantities[1].start", equalTo("2024-11-01"))
                .body("quantities[1].end", equalTo("2024-11-15"))
                .body("quantities[1].quantities.name", equalTo(List.of("BASE")))
                .body("quantities[2].supplier_calendar", equalTo("SEASONAL"))
                .body("quantities[2].quantities.name", equalTo(List.of("HPH", "HCH", "HPB", "HCB")))
                .extract().jsonPath();
        // Each period is rounded on its own: the two add up to the distributor's total within a cent a class.
        BigDecimal base = decimal(json, "quantities[1].total");
        BigDecimal seasonal = decimal(json, "quantities[2].total");
        assertTrue(base.signum() > 0 && seasonal.signum() > 0);
        assertTrue(decimal(json, "quantities[0].total").subtract(base.add(seasonal)).abs()
                .compareTo(new BigDecimal("0.04")) <= 0);
        StringBuilder expected = new StringBuilder("BASE;" + comma(base) + ";\r\n");
        for (int k = 0; k < 4; k++) {
            expected.append(json.getString("quantities[2].quantities[" + k + "].name")).append(';')
                    .append(comma(decimal(json, "quantities[2].quantities[" + k + "].value"))).append(";\r\n");
        }
        String file = Api.asPmo(agreement).accept("text/csv").queryParam("start", "2024-11-01")
                .queryParam("end", "2024-12-01").queryParam("type", "cons").get(energy).then().statusCode(200)
                .extract().asString();
        assertEquals(expected.toString(), file);
        JsonPath indicators = Api.asPmo(agreement).queryParam("start", "2024-11-01").queryParam("end", "2024-12-01")
                .get(Api.AGREEMENTS + "/" + id + "/indicators").then().statusCode(200)
                .body("participants.find { it.role == 'cons' }.supplier_periods.supplier_calendar",
                        equalTo(List.of("BASE", "SEASONAL")))
                .body("participants.find { it.role == 'cons' }.supplier_periods.start",
                        equalTo(List.of("2024-11-01", "2024-11-15")))
                .extract().jsonPath();
        assertEquals(base, decimal(indicators, "participants.find { it.role == 'cons' }.supplier_periods[0].consumption"));
        assertEquals(seasonal,
                decimal(indicators, "participants.find { it.role == 'cons' }.supplier_periods[1].consumption"));
        byte[] xlsx = Api.asPmo(agreement).accept(Media.XLSX).queryParam("start", "2024-11-01")
                .queryParam("end", "2024-12-01").get(Api.AGREEMENTS + "/" + id + "/indicators").then()
                .statusCode(200).extract().asByteArray();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet periods = workbook.getSheet(IndicatorsWorkbook.SUPPLIER_PERIODS);
            assertEquals(2, periods.getLastRowNum());
            for (int k = 0; k < 2; k++) {
                Row row = periods.getRow(k + 1);
                String figures = "participants.find { it.role == 'cons' }.supplier_periods[" + k + "].";
                assertEquals(agreement.consumers().get(0), row.getCell(0).getStringCellValue());
                assertEquals(indicators.getString(figures + "start"), row.getCell(1).getStringCellValue());
                assertEquals(indicators.getString(figures + "end"), row.getCell(2).getStringCellValue());
                assertEquals(indicators.getString(figures + "supplier_calendar"), row.getCell(3).getStringCellValue());
                assertEquals(decimal(indicators, figures + "consumption"), cell(row, 4));
                assertEquals(decimal(indicators, figures + "autoconsumption"), cell(row, 5));
                assertEquals(decimal(indicators, figures + "complement"), cell(row, 6));
            }
        }
        Api.asPmo(agreement).get(Api.AGREEMENTS + "/" + id + "/perimeter").then().statusCode(200)
                .body("participants.find { it.role == 'cons' && it.start == '2024-11-15' }.supplier_calendar",
                        equalTo("SEASONAL"));
        Api.asOperator().body(Map.of("start", "2024-11-15", "name", "Consommateur 0", "supplier_calendar", "TEMPO"))
                .put(participant).then().statusCode(400);
    }

    private static BigDecimal decimal(JsonPath json, String path) {
        return new BigDecimal(json.getString(path)).setScale(2);
    }

    private static BigDecimal cell(Row row, int column) {
        return BigDecimal.valueOf(row.getCell(column).getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
    }

    private static String comma(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }
}
