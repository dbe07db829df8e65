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

    @Test
    void aHolidayThatPushesTheKeyDeadlinePastTheDueDateIsNotLate() {
        // Anniversary 31: October 2024 ends on Thursday 31; 1 November is a holiday, so keys are due by the end of
        // 7 November, the due date: a definitive version on 8 November is on time.
        LocalDate start = LocalDate.of(2024, 9, 30);
        Instant eighth = Instant.parse("2024-11-08T09:00:00Z");
        Calculation onTheEighth = new Calculation(UUID.randomUUID(), "ACC00000001", start, LocalDate.of(2024, 10, 31),
                Calculation.Status.COMPLETED, Calculation.Trigger.SCHEDULE, true, Paris.local(eighth),
                Paris.local(eighth), "DEFAULT", 2880, 0, List.of(), 0, 0, null);
        PublishedVersion version = PublishedVersion.of(List.of(onTheEighth)).get(0);
        assertEquals(LocalDate.of(2024, 11, 7), version.dueBy());
        assertEquals(Status.DEFINITIVE, version.status());
        assertEquals(false, version.late());
    }

    private static Calculation run(LocalDate periodStart, String at, Calculation.Status status) {
        Instant instant = Instant.parse(at);
        return new Calculation(UUID.randomUUID(), "ACC00000001", periodStart, periodStart.plusMonths(1), status,
                Calculation.Trigger.OPERATOR, false, Paris.local(instant), Paris.local(instant), "DEFAULT", 2880, 0,
                List.of(), 0, 0, null);
    }
}
