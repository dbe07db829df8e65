package fr.accdatahub.calculation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.accdatahub.calculation.domain.PublishedVersion.Status;
import fr.accdatahub.calendar.Paris;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PublishedVersionTest {

    private static final LocalDate NOVEMBER = LocalDate.of(2024, 11, 1);
    private static final LocalDate DECEMBER = LocalDate.of(2024, 12, 1);

    @Test
    void runsAreNumberedPerPeriodAndProvisionalBeforeTheKeyDeadline() {
        // As the store lists them: periods newest first, each period's runs newest first.
        List<PublishedVersion> versions = PublishedVersion.of(List.of(
                run(DECEMBER, "2025-01-09T10:00:00Z", Calculation.Status.COMPLETED),
                run(NOVEMBER, "2024-12-12T10:00:00Z", Calculation.Status.COMPLETED),
                run(NOVEMBER, "2024-12-10T10:00:00Z", Calculation.Status.FAILED),
                run(NOVEMBER, "2024-12-05T22:59:59Z", Calculation.Status.COMPLETED),
                run(NOVEMBER, "2024-12-03T10:00:00Z", Calculation.Status.COMPLETED)));
        assertEquals(List.of(1, 3, 2, 1), versions.stream().map(PublishedVersion::version).toList());
        assertEquals(List.of(Status.DEFINITIVE, Status.DEFINITIVE, Status.PROVISIONAL, Status.PROVISIONAL),
                versions.stream().map(PublishedVersion::status).toList(),
                "November's keys are due by the end of 5 December, Paris time");
        assertEquals(Set.of(NOVEMBER, DECEMBER), PublishedVersion.definitivePeriods(versions));
    }

    @Test
    void aPeriodIsDueByItsEndPlusSevenDaysEvenOnASunday() {
        assertEquals(LocalDate.of(2024, 11, 8), PublishedVersion.dueBy(NOVEMBER));
        LocalDate dueBy = PublishedVersion.dueBy(DECEMBER);
        assertEquals(LocalDate.of(2024, 12, 8), dueBy);
        assertEquals(DayOfWeek.SUNDAY, dueBy.getDayOfWeek());
    }

    @Test
    void onlyTheFirstDefinitiveVersionCanBeLate() {
        List<PublishedVersion> versions = PublishedVersion.of(List.of(
                run(NOVEMBER, "2024-12-20T10:00:00Z", Calculation.Status.COMPLETED),
                run(NOVEMBER, "2024-12-09T10:00:00Z", Calculation.Status.COMPLETED)));
        assertEquals(List.of(false, true), versions.stream().map(PublishedVersion::late).toList());
        List<PublishedVersion> onTime = PublishedVersion.of(List.of(
                run(NOVEMBER, "2024-12-08T22:59:00Z", Calculation.Status.COMPLETED)));
        assertEquals(false, onTime.get(0).late(), "published on the due day itself, Paris time");
    }

    private static Calculation run(LocalDate periodStart, String at, Calculation.Status status) {
        Instant instant = Instant.parse(at);
        return new Calculation(UUID.randomUUID(), "ACC00000001", periodStart, periodStart.plusMonths(1), status,
                Calculation.Trigger.OPERATOR, false, Paris.local(instant), Paris.local(instant), "DEFAULT", 2880, 0,
                List.of(), 0, 0, null);
    }
}
