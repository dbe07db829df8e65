package fr.accdatahub.agreement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.accdatahub.calendar.DatePeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Byte for byte what the file writer wrote before the features were split (commit 575069c). */
class PerimeterCsvTest {

    @Test
    void anOpenEndIsWritten31December9999AndAClosedEndAsItsDay() {
        List<Attachment> attachments = List.of(
                new Attachment("10000000000001", Role.CONS,
                        new DatePeriod(LocalDate.of(2024, 9, 1), null), new BigDecimal("40")),
                new Attachment("20000000000001", Role.PROD,
                        new DatePeriod(LocalDate.of(2024, 9, 15), LocalDate.of(2025, 1, 1)), null));
        assertEquals("PRM;Date debut rattachement;Date fin rattachement;\r\n"
                + "10000000000001;01/09/2024;31/12/9999;\r\n"
                + "20000000000001;15/09/2024;01/01/2025;\r\n", PerimeterCsv.write(attachments));
    }

    @Test
    void anEmptyPerimeterIsItsHeaderAlone() {
        assertEquals("PRM;Date debut rattachement;Date fin rattachement;\r\n", PerimeterCsv.write(List.of()));
    }

    @Test
    void theFileHasItsAnnexName() {
        assertEquals("Perimetre_Participants.csv", PerimeterCsv.FILE_NAME);
    }
}
