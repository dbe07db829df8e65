package fr.accdatahub.annex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class AnnexCsvTest {

    @Test
    void linesDropTheByteOrderMarkAndSplitOnCrlfOrLf() {
        assertArrayEquals(new String[] {"a;b;", "c;d;", "e", ""}, AnnexCsv.lines("\uFEFFa;b;\r\nc;d;\ne\r\n"));
        assertArrayEquals(new String[] {"only"}, AnnexCsv.lines("only"));
    }

    @Test
    void aCarriageReturnAloneDoesNotEndALine() {
        assertArrayEquals(new String[] {"a\rb", ""}, AnnexCsv.lines("a\rb\n"));
    }

    @Test
    void cellsDropOnlyTheEmptyCellAfterATrailingSeparator() {
        assertArrayEquals(new String[] {"05/11/2024 00:00", "1", "", "3"}, AnnexCsv.cells("05/11/2024 00:00;1;;3;"));
        assertArrayEquals(new String[] {"PRM", "12,5"}, AnnexCsv.cells("PRM;12,5"));
        assertArrayEquals(new String[] {"a", "", ""}, AnnexCsv.cells("a;;;"));
        assertArrayEquals(new String[] {""}, AnnexCsv.cells(";"));
    }

    @Test
    void decimalsArePlainWithADecimalComma() {
        assertEquals("134,70", AnnexCsv.decimal(new BigDecimal("134.70")));
        assertEquals("0,00", AnnexCsv.decimal(new BigDecimal("0.00")));
        assertEquals("1200", AnnexCsv.decimal(new BigDecimal("1.2E+3")));
        assertEquals("-0,05", AnnexCsv.decimal(new BigDecimal("-0.05")));
    }

    @Test
    void parsedDecimalsKeepTheirScale() {
        assertEquals(new BigDecimal("50.81"), AnnexCsv.parseDecimal("50,81"));
        assertEquals(new BigDecimal("100"), AnnexCsv.parseDecimal("100"));
        assertEquals(new BigDecimal("0.10"), AnnexCsv.parseDecimal("0.10"));
    }

    @Test
    void theWriterEndsCellsWithTheSeparatorAndLinesWithCrlf() {
        String written = new AnnexCsv.Writer(16)
                .cell("HP").cell("134,70").endLine()
                .cell(42L).cell("").cell(-7L).endLine()
                .joined("PRM CONS", "AUTOCONSO (kWh)").endLine()
                .joined("10000000000001").endLine()
                .toString();
        assertEquals("HP;134,70;\r\n42;;-7;\r\nPRM CONS;AUTOCONSO (kWh)\r\n10000000000001\r\n", written);
    }

    @Test
    void daysAndTimesUseTheAnnexFormats() {
        assertEquals("05/11/2024", AnnexCsv.DAY.format(LocalDate.of(2024, 11, 5)));
        assertEquals("05/11/2024 07:15", AnnexCsv.LOCAL_TIME.format(LocalDateTime.of(2024, 11, 5, 7, 15)));
        assertEquals("05112024", AnnexCsv.NAME_DAY.format(LocalDate.of(2024, 11, 5)));
        assertEquals(LocalDate.of(2024, 2, 29), LocalDate.parse("29022024", AnnexCsv.NAME_DAY));
    }
}
