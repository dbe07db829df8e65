package fr.accdatahub.calculation.domain;

import fr.accdatahub.agreement.domain.Agreement;
import fr.accdatahub.agreement.domain.AgreementStatus;
import fr.accdatahub.calendar.CalculationPeriod;
import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.failure.Conflict;
import fr.accdatahub.failure.InvalidRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** An agreement's calculation periods: which one starts on a day, which are over, which are due. Plain Java. */
public final class CalculationPeriods {

    private CalculationPeriods() {
    }

    /** The period that starts on {@code periodStart}: a 400 when no period of the agreement starts that day. */
    public static CalculationPeriod starting(Agreement agreement, LocalDate periodStart) {
        if (periodStart.isBefore(agreement.startDate())) {
            throw new InvalidRequest("The agreement starts on " + agreement.startDate());
        }
        CalculationPeriod period = CalculationPeriod.containing(periodStart, agreement.startDate(),
                agreement.anniversaryDay());
        if (!period.start().equals(periodStart)) {
            throw new InvalidRequest("period_start must be the first day of a calculation period, e.g. "
                    + period.start() + " (anniversary day " + agreement.anniversaryDay() + ")");
        }
        return period;
    }

    /** The period, once it is over at {@code now}: a 409 before. */
    public static CalculationPeriod over(CalculationPeriod period, Instant now) {
        if (now.isBefore(StepGrid.startOf(period.end()))) {
            throw new PeriodNotOver(period);
        }
        return period;
    }

    /** The period, when the agreement is ACTIVE on one of its days at least: a 409 otherwise. */
    public static CalculationPeriod active(Agreement agreement, CalculationPeriod period) {
        if (!activeDuring(agreement, period)) {
            throw new Conflict("agreement_not_active", "Agreement " + agreement.id() + " is not ACTIVE on any day "
                    + "from " + period.start() + " to " + period.end() + ": nothing is allocated");
        }
        return period;
    }

    /**
     * The periods of an agreement whose key deadline has passed by {@code now}, without a definitive version yet
     * ({@code computed}), on one day of which at least the agreement is ACTIVE.
     */
    public static List<LocalDate> due(Agreement agreement, Instant now, Set<LocalDate> computed) {
        List<LocalDate> due = new ArrayList<>();
        CalculationPeriod period = CalculationPeriod.containing(agreement.startDate(), agreement.startDate(),
                agreement.anniversaryDay());
        while (!period.keyDeadline().isAfter(now)) {
            if (!computed.contains(period.start()) && activeDuring(agreement, period)) {
                due.add(period.start());
            }
            period = CalculationPeriod.containing(period.end(), agreement.startDate(), agreement.anniversaryDay());
        }
        return due;
    }

    private static boolean activeDuring(Agreement agreement, CalculationPeriod period) {
        DatePeriod days = new DatePeriod(period.start(), period.end());
        return agreement.statuses().versions().stream()
                .anyMatch(v -> v.value() == AgreementStatus.ACTIVE && v.period().overlaps(days));
    }
}
