package fr.accdatahub.calculation.domain;

import fr.accdatahub.calendar.CalculationPeriod;
import fr.accdatahub.failure.Conflict;

/** A period cannot be computed before it is over. */
public class PeriodNotOver extends Conflict {

    public PeriodNotOver(CalculationPeriod period) {
        super("period_not_over", "The period " + period.start() + " to " + period.end() + " is not over yet");
    }
}
