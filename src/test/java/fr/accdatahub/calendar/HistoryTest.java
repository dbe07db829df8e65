package fr.accdatahub.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.accdatahub.calendar.History.Version;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTest {

    private static final LocalDate SEPTEMBER = LocalDate.of(2024, 9, 1);
    private static final LocalDate NOVEMBER = LocalDate.of(2024, 11, 1);
    private static final LocalDate JANUARY = LocalDate.of(2025, 1, 1);

    @Test
    void aChangeEndsTheVersionInForceAndNeverRewritesThePast() {
        History<String> history = History.from(SEPTEMBER, "A").change(NOVEMBER, "B");
        assertEquals(List.of(new Version<>("A", new DatePeriod(SEPTEMBER, NOVEMBER)),
                new Version<>("B", new DatePeriod(NOVEMBER, null))), history.versions());
        assertEquals("A", history.at(NOVEMBER.minusDays(1)));
        assertEquals("B", history.at(NOVEMBER));
        assertNull(history.at(SEPTEMBER.minusDays(1)), "nothing before the start");
    }

    @Test
    void anEarlierChangeReplacesTheVersionsThatWouldHaveStartedAfterIt() {
        History<String> history = History.from(SEPTEMBER, "A").change(JANUARY, "C").change(NOVEMBER, "B");
        assertEquals(List.of(new Version<>("A", new DatePeriod(SEPTEMBER, NOVEMBER)),
                new Version<>("B", new DatePeriod(NOVEMBER, null))), history.versions());
    }

    @Test
    void theValueInForceAgainIsOneVersion() {
        History<String> history = History.from(SEPTEMBER, "A").change(JANUARY, "B").change(NOVEMBER, "A");
        assertEquals(List.of(new Version<>("A", new DatePeriod(SEPTEMBER, null))), history.versions());
        assertEquals(history, History.from(SEPTEMBER, "A").change(NOVEMBER, "A"));
    }

    @Test
    void aChangeOnTheStartReplacesTheFirstVersion() {
        assertEquals(List.of(new Version<>("B", new DatePeriod(SEPTEMBER, null))),
                History.from(SEPTEMBER, "A").change(SEPTEMBER, "B").versions());
    }

    @Test
    void nothingChangesBeforeTheStartNorLeavesAHole() {
        assertThrows(IllegalArgumentException.class, () -> History.from(SEPTEMBER, "A").change(JANUARY.minusYears(1),
                "B"));
        assertThrows(IllegalArgumentException.class, () -> new History<>(List.of(
                new Version<>("A", new DatePeriod(SEPTEMBER, NOVEMBER)),
                new Version<>("B", new DatePeriod(JANUARY, null)))));
    }
}
