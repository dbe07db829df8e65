package fr.accdatahub.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A monthly calculation period: from the anniversary day of one month (included) to that of the next (excluded),
 * in local days. The agreement's first period starts on its start date. Keys for a period are accepted until the end
 * of the 4th business day after the anniversary day that closes it (§4.4.1).
 */
public record CalculationPeriod(LocalDate start, LocalDate end) {

    public static final int KEY_DEADLINE_BUSINESS_DAYS = 4;

    /**
     * The period of an agreement (start date, anniversary day 1 to 31) that contains {@code day}. In a month without
     * the anniversary day, the anniversary is the month's last day: an anniversary on the 31st is 28 or 29 February.
     */
    public static CalculationPeriod containing(LocalDate day, LocalDate agreementStart, int anniversaryDay) {
        LocalDate anniversary = anniversaryIn(YearMonth.from(day), anniversaryDay);
        LocalDate start = day.isBefore(anniversary)
                ? anniversaryIn(YearMonth.from(day).minusMonths(1), anniversaryDay)
                : anniversary;
        LocalDate end = anniversaryIn(YearMonth.from(start).plusMonths(1), anniversaryDay);
        return new CalculationPeriod(start.isBefore(agreementStart) ? agreementStart : start, end);
    }

    /** The anniversary of a month: the anniversary day, or the month's last day when it is shorter. */
    public static LocalDate anniversaryIn(YearMonth month, int anniversaryDay) {
        return month.atDay(Math.min(anniversaryDay, month.lengthOfMonth()));
    }

    /** The period's step, the same throughout it (§9): 30 minutes when it starts before 2024-10-01, 15 from then. */
    public Duration step() {
        return StepGrid.METER.stepAt(StepGrid.startOf(start));
    }

    /** The last local day on which keys for this period are accepted. */
    public LocalDate lastDayForKeys() {
        return BusinessCalendar.businessDaysAfter(end, KEY_DEADLINE_BUSINESS_DAYS);
    }

    /** The first instant at which keys for this period are refused. */
    public Instant keyDeadline() {
        return StepGrid.startOf(lastDayForKeys().plusDays(1));
    }

    public boolean acceptsKeysAt(Instant now) {
        return now.isBefore(keyDeadline());
    }
}
