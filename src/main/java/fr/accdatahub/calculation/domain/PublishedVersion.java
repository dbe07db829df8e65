package fr.accdatahub.calculation.domain;

import fr.accdatahub.calendar.CalculationPeriod;
import fr.accdatahub.calendar.Paris;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A version of a period's publication: one completed calculation, numbered from 1 in the order the period's runs were
 * recorded (§4.4.3: a republication is version n+1). It is PROVISIONAL when computed before the period's key
 * deadline, DEFINITIVE after. It is due by the 8th calendar day counting the period's closing anniversary as day 1
 * (§5.2.2: {@code period_end} + 7 days, no shift for weekends); the first DEFINITIVE version published after that day
 * is late (a republication is a correction, never late) — unless the key deadline itself falls after it (a holiday
 * in the 4 business days), when it is late only if published after the deadline's day. Plain Java.
 */
public record PublishedVersion(LocalDate periodStart, LocalDate periodEnd, UUID calculationId, int version,
        Status status, OffsetDateTime publishedAt, LocalDate dueBy, boolean late, int defaultSteps,
        int measuredPoints, int estimatedPoints) {

    public enum Status { PROVISIONAL, DEFINITIVE }

    /** How a published answer names the version it was read from. */
    public record Ref(LocalDate periodStart, UUID calculationId, int version, Status status,
            OffsetDateTime publishedAt) {
    }

    public Ref ref() {
        return new Ref(periodStart, calculationId, version, status, publishedAt);
    }

    /** The status of a run of a period that started at {@code startedAt}. */
    public static Status statusOf(LocalDate periodStart, LocalDate periodEnd, Instant startedAt) {
        return startedAt.isBefore(new CalculationPeriod(periodStart, periodEnd).keyDeadline())
                ? Status.PROVISIONAL : Status.DEFINITIVE;
    }

    public static LocalDate dueBy(LocalDate periodEnd) {
        return periodEnd.plusDays(7);
    }

    /** The last day a first definitive version is on time: the due day, or the key deadline's day when later. */
    static LocalDate latestOnTime(LocalDate periodStart, LocalDate periodEnd) {
        LocalDate deadlineDay = Paris.day(new CalculationPeriod(periodStart, periodEnd).keyDeadline());
        LocalDate dueBy = dueBy(periodEnd);
        return deadlineDay.isAfter(dueBy) ? deadlineDay : dueBy;
    }

    /**
     * Every version of an agreement's periods, newest publication first, from its runs as the store lists them (each
     * period's runs newest first); failed runs publish nothing.
     */
    public static List<PublishedVersion> of(List<Calculation> runs) {
        List<Calculation> oldestFirst = new ArrayList<>(runs.stream()
                .filter(run -> run.status() == Calculation.Status.COMPLETED).toList()).reversed();
        List<PublishedVersion> versions = new ArrayList<>(oldestFirst.size());
        Set<LocalDate> definitive = new HashSet<>();
        LocalDate period = null;
        int version = 0;
        for (Calculation run : oldestFirst) {
            version = run.periodStart().equals(period) ? version + 1 : 1;
            period = run.periodStart();
            Status status = statusOf(run.periodStart(), run.periodEnd(), run.startedAt().toInstant());
            LocalDate dueBy = dueBy(run.periodEnd());
            boolean late = status == Status.DEFINITIVE && definitive.add(run.periodStart())
                    && Paris.day(run.finishedAt().toInstant())
                            .isAfter(latestOnTime(run.periodStart(), run.periodEnd()));
            versions.add(new PublishedVersion(run.periodStart(), run.periodEnd(), run.calculationId(), version,
                    status, run.finishedAt(), dueBy, late, run.defaultSteps(), run.measuredPoints(),
                    run.estimatedPoints()));
        }
        versions.sort(Comparator.comparing((PublishedVersion v) -> v.publishedAt().toInstant())
                .thenComparing(PublishedVersion::version).reversed());
        return versions;
    }

    /** The periods that have a DEFINITIVE version. */
    public static Set<LocalDate> definitivePeriods(List<PublishedVersion> versions) {
        Set<LocalDate> periods = new HashSet<>();
        versions.stream().filter(v -> v.status() == Status.DEFINITIVE).forEach(v -> periods.add(v.periodStart()));
        return periods;
    }
}
