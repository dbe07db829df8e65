package fr.accdatahub.publication.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.accdatahub.calculation.domain.Results.CurrentRun;
import fr.accdatahub.calendar.Paris;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CoverageTest {

    private static final UUID OCTOBER = UUID.fromString("00000000-0000-0000-0000-000000000010");
    private static final UUID NOVEMBER = UUID.fromString("00000000-0000-0000-0000-000000000011");
    private static final UUID DECEMBER = UUID.fromString("00000000-0000-0000-0000-000000000012");

    @Test
    void consecutiveRunsCoverARangeAcrossPeriods() {
        List<CurrentRun> runs = List.of(run("2024-10-01", "2024-11-01", OCTOBER),
                run("2024-11-01", "2024-12-01", NOVEMBER));
        assertEquals(List.of(OCTOBER, NOVEMBER), Coverage.runs("ACC00000001", runs, day("2024-10-15"),
                day("2024-11-20")));
        assertEquals(List.of(OCTOBER, NOVEMBER), Coverage.runs("ACC00000001", runs, day("2024-10-01"),
                day("2024-12-01")));
    }

    @Test
    void aGapIsNoDataFoundFromItsFirstDay() {
        List<CurrentRun> runs = List.of(run("2024-10-01", "2024-11-01", OCTOBER),
                run("2024-12-01", "2025-01-01", DECEMBER));
        NoDataFound gap = assertThrows(NoDataFound.class,
                () -> Coverage.runs("ACC00000001", runs, day("2024-10-15"), day("2024-12-15")));
        assertEquals("no_data_found", gap.code());
        assertEquals("No definitive data for ACC00000001 from 2024-11-01: that period has not been computed yet",
                gap.getMessage());
    }

    @Test
    void aRangeReachingPastTheLastRunIsNoDataFoundFromItsEnd() {
        List<CurrentRun> runs = List.of(run("2024-11-01", "2024-12-01", NOVEMBER));
        NoDataFound late = assertThrows(NoDataFound.class,
                () -> Coverage.runs("ACC00000001", runs, day("2024-11-10"), day("2024-12-02")));
        assertEquals("No definitive data for ACC00000001 from 2024-12-01: that period has not been computed yet",
                late.getMessage());
    }

    @Test
    void withoutRunsNothingIsCoveredFromTheFirstDay() {
        NoDataFound none = assertThrows(NoDataFound.class,
                () -> Coverage.runs("ACC00000001", List.of(), day("2024-11-10"), day("2024-11-11")));
        assertEquals("No definitive data for ACC00000001 from 2024-11-10: that period has not been computed yet",
                none.getMessage());
    }

    @Test
    void aRunStartingAfterTheFirstDayLeavesTheFirstDayUncovered() {
        List<CurrentRun> runs = List.of(run("2024-11-01", "2024-12-01", NOVEMBER));
        NoDataFound early = assertThrows(NoDataFound.class,
                () -> Coverage.runs("ACC00000001", runs, day("2024-10-31"), day("2024-11-05")));
        assertEquals("No definitive data for ACC00000001 from 2024-10-31: that period has not been computed yet",
                early.getMessage());
    }

    private static CurrentRun run(String start, String end, UUID id) {
        Instant computed = Instant.parse("2024-12-10T09:00:00Z");
        return new CurrentRun(day(start), day(end), id, 1, computed, Paris.local(computed));
    }

    private static LocalDate day(String day) {
        return LocalDate.parse(day);
    }
}
