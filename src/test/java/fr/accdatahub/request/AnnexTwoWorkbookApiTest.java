package fr.accdatahub.request;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.accdatahub.support.Api;
import fr.accdatahub.support.Api.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The annex 2 workbook exported from the perimeter, edited as a PMO would, and sent back as requests. */
@QuarkusTest
class AnnexTwoWorkbookApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void theWorkbookExportedEditedAndSentBackMakesARequestPerChangedRow() throws IOException {
        Fixture agreement = Api.agreementWith("STATIC", "2025-01-01", 2, 1);
        String first = agreement.consumers().get(0);
        byte[] exported = Api.asPmo(agreement).accept(XLSX).queryParam("date", "2025-03-01")
                .get(Api.AGREEMENTS + "/" + agreement.agreementId() + "/perimeter").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"" + agreement.agreementId()
                        + "_20250301_ANNEXE 2.xlsx\"")
                .extract().asByteArray();
        String newConsumer = Api.newPrm();
        String newProducer = Api.newPrm();
        byte[] edited;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet consumers = workbook.getSheet("Consommateurs");
            assertEquals(2, consumers.getLastRowNum(), "a header and two consumers");
            Row firstRow = rowOf(consumers, first, 3);
            firstRow.getCell(4).setCellValue(40);
            Row added = consumers.createRow(3);
            values(added, "Mme Martin", "12345678900014", "12 rue des Tilleuls, 69003 Lyon", newConsumer);
            added.createCell(4).setCellValue(0);
            Sheet producers = workbook.getSheet("Producteurs");
            producers.removeRow(producers.getRow(1));
            values(producers.createRow(1), "SCI Soleil", "W123456789", "1 place du Marché, 69003 Lyon",
                    "contact@soleil.example", "0000123456", newProducer);
            producers.getRow(1).createCell(6).setCellValue(36);
            workbook.getSheet("Modalités").getRow(1).getCell(0).setCellValue("Dynamique simple");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            edited = out.toByteArray();
        }

        ValidatableResponse filed = send(agreement, edited).statusCode(201);
        filed.body("requests.request.type", equalTo(List.of("STATIC_COEFFICIENTS_CHANGE", "PARTICIPANT_ENTRY",
                        "PARTICIPANT_ENTRY", "PARTICIPANT_EXIT", "KEY_TYPE_CHANGE")))
                .body("requests.sheet", equalTo(Arrays.asList("Consommateurs", "Consommateurs",
                        "Producteurs", null, "Modalités")))
                .body("requests.row", equalTo(Arrays.asList(firstRow(exported, first), 4, 2, null, 2)))
                .body("requests.request.status", equalTo(List.of("PENDING", "PENDING", "PENDING", "PENDING",
                        "PENDING")));
        Api.asPmo(agreement).get(Api.AGREEMENTS + "/" + agreement.agreementId() + "/requests").then()
                .body("total", equalTo(5));
    }

    @Test
    void aWorkbookThatCannotBeReadIsA400NamingSheetAndRow() throws IOException {
        Fixture agreement = Api.agreementWith("DEFAULT", "2025-01-01", 1, 1);
        byte[] exported = Api.asPmo(agreement).accept(XLSX)
                .get(Api.AGREEMENTS + "/" + agreement.agreementId() + "/perimeter").then().statusCode(200)
                .extract().asByteArray();
        byte[] edited;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            workbook.getSheet("Consommateurs").getRow(1).getCell(3).setCellValue("123");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            edited = out.toByteArray();
        }
        send(agreement, edited).statusCode(400)
                .body("error_description", equalTo("sheet Consommateurs, row 2: '123' is not a PRM (14 digits)"));
        send(agreement, "not a workbook".getBytes()).statusCode(400).body("error", equalTo("invalid_request"));
        Api.asPmo(agreement).contentType(XLSX).body(exported)
                .post(Api.AGREEMENTS + "/" + agreement.agreementId() + "/requests/files").then().statusCode(400)
                .body("error_description", equalTo("effective_date is required"));
        Api.asPmo(agreement).get(Api.AGREEMENTS + "/" + agreement.agreementId() + "/requests").then()
                .body("total", equalTo(0));
    }

    private static ValidatableResponse send(Fixture agreement, byte[] workbook) {
        try {
            Api.clock("2025-03-03T10:00:00+01:00");
            return Api.asPmo(agreement).contentType(XLSX).queryParam("effective_date", "2025-04-01").body(workbook)
                    .post(Api.AGREEMENTS + "/" + agreement.agreementId() + "/requests/files").then();
        } finally {
            Api.resetClock();
        }
    }

    private static Row rowOf(Sheet sheet, String prm, int column) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && prm.equals(row.getCell(column).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError(prm + " is not in " + sheet.getSheetName());
    }

    private static int firstRow(byte[] workbook, String prm) throws IOException {
        try (Workbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            return rowOf(read.getSheet("Consommateurs"), prm, 3).getRowNum() + 1;
        }
    }

    private static void values(Row row, String... cells) {
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
    }
}
