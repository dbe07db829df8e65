package fr.accdatahub.partition.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Which months the partitioned tables are given, and which they forget. Two clocks count: the real one and the
 * service's (the sandbox may set it years away); months are created around both, from the month before the earlier
 * to {@code monthsAhead} after the later, and with a retention of {@code retentionMonths} (0: none) the months
 * before the earlier clock's month minus the retention are dropped, so that moving a sandbox clock forward never drops data
 * the real clock still keeps. Plain Java.
 */
public record MonthWindow(YearMonth first, YearMonth last, YearMonth oldestKept) {

    /** The shortest retention: a year of data and the month being computed, for yearly indicators and corrections. */
    public static final int MINIMUM_RETENTION_MONTHS = 13;

    public static MonthWindow of(LocalDate realToday, LocalDate serviceToday, int monthsAhead, int retentionMonths) {
        requireRetention(retentionMonths);
        YearMonth real = YearMonth.from(realToday);
        YearMonth service = YearMonth.from(serviceToday);
        YearMonth earlier = real.isBefore(service) ? real : service;
        YearMonth later = real.isBefore(service) ? service : real;
        return new MonthWindow(earlier.minusMonths(1), later.plusMonths(monthsAhead),
                retentionMonths == 0 ? null : earlier.minusMonths(retentionMonths));
    }

    /** A refusal of a retention too short to keep what the publication still needs. */
    public static void requireRetention(int retentionMonths) {
        if (retentionMonths != 0 && retentionMonths < MINIMUM_RETENTION_MONTHS) {
            throw new IllegalArgumentException("acc.storage.retention-months is 0 (keep everything) or at least "
                    + MINIMUM_RETENTION_MONTHS + ", not " + retentionMonths);
        }
    }

    /** The months to create ahead: from {@code first} to {@code last}, except those past the retention. */
    public List<YearMonth> ahead() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            if (kept(month)) {
                months.add(month);
            }
        }
        return months;
    }

    /** Whether a month's data is kept: always without a retention. */
    public boolean kept(YearMonth month) {
        return oldestKept == null || !month.isBefore(oldestKept);
    }
}
