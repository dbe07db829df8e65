package fr.accdatahub.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A monthly calculation period: from the anniversary day of one month (included) to that of the next (excluded),
 * in local days. The agreement's first period starts on its start date. Keys for a period are accepted until the end
 * of the 4th business day after the anniversary day that closes it (§4.4.1).
 */
public record CalculationPeriod(LocalDate start, LocalDate end) {

    public static final int KEY_DEADLINE_BUSINESS_DAYS = 4;

    /** The period of an agreement (start date, anniversary day) that contains {@code day}. */
    public static CalculationPeriod containing(LocalDate day, LocalDate agreementStart, int anniversaryDay) {
        LocalDate anniversary = day.withDayOfMonth(anniversaryDay);
        LocalDate start = day.isBefore(anniversary) ? anniversary.minusMonths(1) : anniversary;
        if (start.isBefore(agreementStart)) {
            start = agreementStart;
        }
        LocalDate end = start.withDayOfMonth(anniversaryDay);
        end = end.isAfter(start) ? end : end.plusMonths(1);
        return new CalculationPeriod(start, end);
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
