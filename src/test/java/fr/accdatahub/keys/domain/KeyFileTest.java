package fr.accdatahub.keys.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.failure.InvalidRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class KeyFileTest {

    private static final String NAME = "ACC00000001_15_01112024_30112024.txt";

    @Test
    void anAnnex5FileIsReadLineByLine() {
        String content = "Horodate;10101010101023;10101010101024\r\n"
                + "01/11/2024 00:00;50,81;39,86\r\n"
                + "01/11/2024 00:15;50,81;39,86\r\n"
                + "30/11/2024 23:45;0;100\r\n";
        List<SubmittedStep> steps = read(NAME, "ACC00000001", content);
        assertEquals(3, steps.size());
        assertEquals(OffsetDateTime.parse("2024-11-01T00:00:00+01:00"), steps.get(0).start());
        assertEquals(2, steps.get(0).line());
        assertEquals(4, steps.get(2).line());
        assertEquals("10101010101024", steps.get(0).keys().get(1).usagePointId());
        assertEquals(new BigDecimal("50.81"), steps.get(0).keys().get(0).coefficient());
    }

    @Test
    void theRepeatedOctoberHourIsReadInFileOrder() {
        String content = "Horodate;10101010101023\n"
                + "27/10/2024 02:00;10\n"
                + "27/10/2024 02:45;10\n"
                + "27/10/2024 02:00;20\n"
                + "27/10/2024 02:45;20\n";
        List<SubmittedStep> steps = read("ACC00000001_15_27102024_27102024.txt", "ACC00000001", content);
        assertEquals(OffsetDateTime.parse("2024-10-27T02:00:00+02:00").toInstant(), steps.get(0).start().toInstant());
        assertEquals(OffsetDateTime.parse("2024-10-27T02:45:00+02:00").toInstant(), steps.get(1).start().toInstant());
        assertEquals(OffsetDateTime.parse("2024-10-27T02:00:00+01:00").toInstant(), steps.get(2).start().toInstant());
        assertEquals(OffsetDateTime.parse("2024-10-27T02:45:00+01:00").toInstant(), steps.get(3).start().toInstant());
    }

    @Test
    void aTimeSkippedInMarchIsRefused() {
        String content = "Horodate;10101010101023\n30/03/2025 02:15;10\n";
        assertBadRequest("line 2", () -> read("ACC00000001_15_30032025_30032025.txt", "ACC00000001", content));
    }

    @Test
    void theNameMustFollowTheAnnexAndMatchTheAgreementAndTheLines() {
        String content = "Horodate;10101010101023\n01/11/2024 00:00;10\n30/11/2024 23:45;10\n";
        assertBadRequest("file name", () -> read("keys.txt", "ACC00000001", content));
        assertBadRequest("file name", () -> read("ACC00000001_15_31112024_30112024.txt", "ACC00000001", content));
        assertBadRequest("ACC00000002", () -> read(NAME, "ACC00000002", content));
        assertBadRequest("lines run", () -> read("ACC00000001_15_01112024_29112024.txt", "ACC00000001",
                content));
        assertBadRequest("30-minute", () -> read("ACC00000001_30_01112024_30112024.txt", "ACC00000001",
                content));
    }

    @Test
    void aMalformedLineIsA400NamingIt() {
        String header = "Horodate;10101010101023;10101010101024\n";
        assertBadRequest("line 3", () -> read(NAME, "ACC00000001",
                header + "01/11/2024 00:00;50,81;39,86\n01/11/2024 00:15;50,81\n30/11/2024 23:45;1;1\n"));
        assertBadRequest("line 2", () -> read(NAME, "ACC00000001",
                header + "01/11/2024 00:00;50.81;39,86\n30/11/2024 23:45;1;1\n"));
        assertBadRequest("line 2", () -> read(NAME, "ACC00000001",
                header + "2024-11-01 00:00;50,81;39,86\n30/11/2024 23:45;1;1\n"));
        assertBadRequest("line 1", () -> read(NAME, "ACC00000001",
                "Date;10101010101023\n01/11/2024 00:00;1\n"));
        assertBadRequest("line 1", () -> read(NAME, "ACC00000001",
                "Horodate;1010101010102\n01/11/2024 00:00;1\n"));
        assertBadRequest("no step", () -> read(NAME, "ACC00000001", header));
    }

    @Test
    void businessErrorsAreLeftToTheStepRules() {
        String content = "Horodate;10101010101023;10101010101023\n01/11/2024 00:10;150;-1\n30/11/2024 23:45;1;1\n";
        List<SubmittedStep> steps = read(NAME, "ACC00000001", content);
        assertEquals(new BigDecimal("150"), steps.get(0).keys().get(0).coefficient());
        assertEquals(new BigDecimal("-1"), steps.get(0).keys().get(1).coefficient());
    }

    @Test
    void aPeriodThatStartsBeforeTheSwitchKeepsItsHalfHoursInOctober2024() {
        StepGrid anniversary15 = StepGrid.ofOperation(LocalDate.of(2024, 9, 15), 15);
        String halfHours = "Horodate;10101010101023\n01/10/2024 00:00;50\n14/10/2024 23:30;50\n";
        List<SubmittedStep> steps = KeyFile.read("ACC00000001_30_01102024_14102024.txt", "ACC00000001",
                anniversary15, halfHours);
        assertEquals(2, steps.size());
        assertBadRequest("30 minutes in that calculation period", () -> KeyFile.read(
                "ACC00000001_15_01102024_14102024.txt", "ACC00000001", anniversary15, halfHours));
        assertEquals(14 * 48, KeyFile.missingSteps("ACC00000001_30_01102024_14102024.txt", List.of(),
                LocalDate.of(2024, 9, 15), anniversary15).size());
    }

    private static List<SubmittedStep> read(String name, String agreementId, String content) {
        return KeyFile.read(name, agreementId, StepGrid.METER, content);
    }

    private static void assertBadRequest(String mention, Executable call) {
        InvalidRequest e = assertThrows(InvalidRequest.class, call);
        assertTrue(e.getMessage().contains(mention), e.getMessage());
    }
}
