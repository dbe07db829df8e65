package fr.accdatahub.keys;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import fr.accdatahub.support.Api;
import fr.accdatahub.support.Api.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An annex 5 file over its whole period: consumers who join or leave during it, steps it leaves out; a FULL
 * agreement's file, one producer's keys.
 */
@QuarkusTest
class AnnexFiveFileApiTest {

    private static final String SEEDED = "ACC00000002";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    /** 30000000000119 joins on 15 November 2024, 30000000000120 leaves on the 20th. */
    private static final String JOINING = "30000000000119";
    private static final String LEAVING = "30000000000120";

    @Test
    void aMonthOfAConsumerJoiningAndAnotherLeavingIsAcceptedStepByStep() {
        StringBuilder file = new StringBuilder("Horodate");
        for (int i = 1; i <= 20; i++) {
            file.append(';').append(consumer(i));
        }
        file.append("\r\n");
        for (LocalDateTime step = LocalDateTime.of(2024, 11, 1, 0, 0); step.getMonthValue() == 11;
                step = step.plusMinutes(15)) {
            LocalDate day = step.toLocalDate();
            file.append(TIME.format(step));
            for (int i = 1; i <= 20; i++) {
                String prm = consumer(i);
                boolean absent = prm.equals(JOINING) && day.getDayOfMonth() < 15
                        || prm.equals(LEAVING) && day.getDayOfMonth() >= 20;
                file.append(';').append(!absent ? "5,00" : prm.equals(LEAVING) ? "0" : "");
            }
            file.append("\r\n");
        }
        send("ACC00000002_15_01112024_30112024.txt", file.toString()).statusCode(200)
                .body("accepted", equalTo(2880))
                .body("rejected", equalTo(0))
                .body("missing_steps", equalTo(List.of()))
                .body("steps.status", everyItem(equalTo("ACCEPTED")));
    }

    @Test
    void theStepsAFileLeavesOutAreListed() {
        StringBuilder file = new StringBuilder("Horodate");
        for (int i = 1; i <= 20; i++) {
            if (!consumer(i).equals(JOINING)) {
                file.append(';').append(consumer(i));
            }
        }
        file.append("\r\n");
        for (LocalDateTime step = LocalDateTime.of(2024, 11, 4, 0, 0); step.getDayOfMonth() == 4;
                step = step.plusMinutes(15)) {
            if (step.getHour() != 10) {
                file.append(TIME.format(step)).append(";5,00".repeat(19)).append("\r\n");
            }
        }
        send("ACC00000002_15_04112024_04112024.txt", file.toString()).statusCode(200)
                .body("accepted", equalTo(92))
                .body("missing_steps", equalTo(List.of("2024-11-04T10:00:00+01:00", "2024-11-04T10:15:00+01:00",
                        "2024-11-04T10:30:00+01:00", "2024-11-04T10:45:00+01:00")));
    }

    @Test
    void aFullAgreementsFileIsTheKeysOfTheProducerItIsSentFor() {
        Fixture full = Api.agreementWith("DYNAMIC_FULL", "2024-09-01", 2, 2);
        String producer = full.producers().get(0);
        String name = full.agreementId() + "_15_10112024_10112024.txt";
        String content = "Horodate;" + String.join(";", full.consumers()) + "\n10/11/2024 10:00;50,00;50,00\n"
                + "10/11/2024 10:15;60,00;50,00\n";
        String path = Api.AGREEMENTS + "/" + full.agreementId() + "/repartition_keys";
        try {
            Api.clock("2024-12-03T10:00:00+01:00");
            Api.asPmo(full).contentType("text/plain").queryParam("filename", name).queryParam("producer", producer)
                    .body(content).post(path + "/files").then().statusCode(200)
                    .body("key_type", equalTo("DYNAMIC_FULL"))
                    .body("steps[0].status", equalTo("ACCEPTED"))
                    .body("steps[0].producers.usage_point_id", equalTo(List.of(producer)))
                    .body("steps[1].producers[0].rejections[0].code", equalTo("SUM_OVER_100"));
            Api.asPmo(full).queryParam("start", "2024-11-10T10:00:00+01:00").queryParam("end", "2024-11-10T10:15:00+01:00")
                    .get(path).then().statusCode(200)
                    .body("steps[0].producers.usage_point_id", equalTo(List.of(producer)));
            Api.asPmo(full).contentType("text/plain").queryParam("filename", name).body(content).post(path + "/files")
                    .then().statusCode(409).body("error", equalTo("key_type_mismatch"));
            Api.asPmo(full).contentType("text/plain").queryParam("filename", name).queryParam("producer", "7")
                    .body(content).post(path + "/files").then().statusCode(400);
            send(SEEDED + "_15_16112024_16112024.txt", "Horodate;" + consumer(1) + "\n", producer).statusCode(409)
                    .body("error_description", equalTo("An annex 5 file for a producer carries its DYNAMIC_FULL keys; "
                            + "this agreement's keys are DYNAMIC_SIMPLE"));
        } finally {
            Api.resetClock();
        }
    }

    private static ValidatableResponse send(String name, String content) {
        return send(name, content, null);
    }

    private static ValidatableResponse send(String name, String content, String producer) {
        try {
            Api.clock("2024-12-03T10:00:00+01:00");
            RequestSpecification request = Api.asPmo().contentType("text/plain").queryParam("filename", name);
            if (producer != null) {
                request.queryParam("producer", producer);
            }
            return request.body(content).post(Api.AGREEMENTS + "/" + SEEDED + "/repartition_keys/files").then();
        } finally {
            Api.resetClock();
        }
    }

    private static String consumer(int i) {
        return "300000000001%02d".formatted(i);
    }
}
