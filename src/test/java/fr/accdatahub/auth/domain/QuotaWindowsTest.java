package fr.accdatahub.auth.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.accdatahub.auth.domain.QuotaWindows.HourCount;
import fr.accdatahub.auth.domain.QuotaWindows.Verdict;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotaWindowsTest {

    private static final long T = Instant.parse("2026-12-03T10:00:00Z").toEpochMilli();
    private static final Instant HOUR = Instant.ofEpochMilli(T);

    @Test
    void theSecondsQuotaIsCountedInCalendarSeconds() {
        QuotaWindows windows = new QuotaWindows();
        assertEquals(Verdict.ADMITTED, windows.count("a", 2, 100, T));
        assertEquals(Verdict.ADMITTED, windows.count("a", 2, 100, T + 500));
        assertEquals(Verdict.OVER_SECOND, windows.count("a", 2, 100, T + 999));
        assertEquals(Verdict.ADMITTED, windows.count("b", 2, 100, T + 999));
        assertEquals(Verdict.ADMITTED, windows.count("a", 2, 100, T + 1000));
    }

    @Test
    void theHoursQuotaCountsTheOtherReplicasOnceReconciled() {
        QuotaWindows here = new QuotaWindows();
        here.count("a", 100, 10, T);
        here.count("a", 100, 10, T + 1);
        List<HourCount> taken = here.take(T + 2);
        assertEquals(List.of(new HourCount("a", HOUR, 2)), taken);
        // Still counted while the reconciliation runs, then the cluster's total (8 from another replica) replaces it.
        assertEquals(Verdict.ADMITTED, here.count("a", 100, 10, T + 3));
        here.reconciled(List.of(new HourCount("a", HOUR, 10)), T + 4);
        assertEquals(Verdict.OVER_HOUR, here.count("a", 100, 10, T + 5));
        assertEquals(1, QuotaWindows.secondsLeftInHour(T + 3_599_500));
    }

    @Test
    void aClientCountedOnlyByAnotherReplicaIsKnownAfterAReconciliation() {
        QuotaWindows here = new QuotaWindows();
        here.count("a", 100, 10, T);
        here.reconciled(List.of(new HourCount("b", HOUR, 10)), T + 1);
        assertEquals(Verdict.OVER_HOUR, here.count("b", 100, 10, T + 2));
    }

    @Test
    void countsOfAFailedReconciliationAreHandedOverAgain() {
        QuotaWindows here = new QuotaWindows();
        here.count("a", 100, 10, T);
        here.failed(here.take(T + 1));
        assertEquals(List.of(new HourCount("a", HOUR, 1)), here.take(T + 2));
    }

    @Test
    void aNewHourStartsFromNothing() {
        QuotaWindows here = new QuotaWindows();
        here.reconciled(List.of(new HourCount("a", HOUR, 10)), T);
        assertEquals(Verdict.OVER_HOUR, here.count("a", 100, 10, T + 1));
        assertEquals(Verdict.ADMITTED, here.count("a", 100, 10, T + 3_600_000));
        assertEquals(List.of(new HourCount("a", Instant.ofEpochMilli(T + 3_600_000), 1)), here.take(T + 3_600_001));
    }
}
