package fr.accdatahub.simulation.domain;

import fr.accdatahub.allocation.PeriodAllocation;
import fr.accdatahub.calculation.domain.PeriodInputs;
import fr.accdatahub.calculation.domain.ResultRows;
import fr.accdatahub.calculation.domain.Results.DayCurve;
import fr.accdatahub.calendar.InstantRange;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.publication.domain.PublishedRange;
import fr.accdatahub.publication.domain.RangeCollector;
import java.util.List;
import java.util.Set;

/**
 * A simulation's run: the annex 7 allocation of the inputs, step by step as the calculation makes it, and its results
 * read as the publication reads a stored calculation's (the same rows, the same rounding). Plain Java.
 */
public final class Simulated {

    private static final Set<String> PUBLISHED = Set.of("cons", "autocons", "prod", "autoprod");

    private Simulated() {
    }

    public static PublishedRange run(String agreementId, StepGrid grid, List<Attachment> attachments,
            InstantRange range, PeriodInputs inputs) {
        PeriodAllocation result = PeriodAllocation.run(inputs.steps, inputs.end, inputs.consumption,
                inputs.production, inputs.consumerAttached, inputs.producerAttached, inputs.classOf, inputs.keys);
        RangeCollector collector = new RangeCollector(agreementId, grid, attachments, range);
        for (ResultRows.CurveRow row : ResultRows.of(inputs, result)) {
            if (PUBLISHED.contains(row.quantity())) {
                collector.add(new DayCurve(row.usagePointId(), row.quantity(), row.day(), boxed(row.values()),
                        boxed(row.estimated())));
            }
        }
        return collector.publish(List.of());
    }

    /** As stored and read back: NaN (not attached) is null. */
    private static Double[] boxed(double[] values) {
        Double[] boxed = new Double[values.length];
        for (int k = 0; k < values.length; k++) {
            boxed[k] = Double.isNaN(values[k]) ? null : values[k];
        }
        return boxed;
    }

    private static Boolean[] boxed(boolean[] values) {
        if (values == null) {
            return null;
        }
        Boolean[] boxed = new Boolean[values.length];
        for (int k = 0; k < values.length; k++) {
            boxed[k] = values[k];
        }
        return boxed;
    }
}
