package fr.accdatahub.keys;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import fr.accdatahub.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An annex 5 file over its whole period: consumers who join or leave during it, steps it leaves out. */
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

    private static ValidatableResponse send(String name, String content) {
        try {
            Api.clock("2024-12-03T10:00:00+01:00");
            return Api.asPmo().contentType("text/plain").queryParam("filename", name).body(content)
                    .post(Api.AGREEMENTS + "/" + SEEDED + "/repartition_keys/files").then();
        } finally {
            Api.resetClock();
        }
    }

    private static String consumer(int i) {
        return "300000000001%02d".formatted(i);
    }
}
