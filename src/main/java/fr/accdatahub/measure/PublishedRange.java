package fr.accdatahub.measure;

import fr.accdatahub.calendar.InstantRange;
import fr.accdatahub.calendar.ServiceClock;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.calendar.TimeClass;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The definitive data of an agreement over a range, as published: its steps, its participants (by ascending PRM)
 * and their whole-W curves ({@link Publication}), whether each meter value was estimated, and each participant's
 * off-peak hours for the time classes. Built from the current calculations' results.
 */
public final class PublishedRange {

    public final String agreementId;
    public final InstantRange range;
    public final Instant[] steps;
    public final String[] stepLabels;
    public final List<String> consumers;
    public final List<String> producers;
    public final Publication values;
    public final boolean[][] consumptionEstimated;
    public final boolean[][] productionEstimated;
    public final Map<String, TimeClass.OffPeak> offPeak;

    PublishedRange(String agreementId, InstantRange range, List<String> consumers, List<String> producers,
            double[][] cons, double[][] autocons, double[][] prod, double[][] autoprod, boolean[][] consEstimated,
            boolean[][] prodEstimated, Map<String, TimeClass.OffPeak> offPeak) {
        this.agreementId = agreementId;
        this.range = range;
        this.steps = steps(range);
        this.stepLabels = new String[steps.length];
        for (int s = 0; s < steps.length; s++) {
            stepLabels[s] = ServiceClock.label(steps[s]);
        }
        this.consumers = consumers;
        this.producers = producers;
        this.values = new Publication(cons, autocons, prod, autoprod, steps.length);
        this.consumptionEstimated = consEstimated;
        this.productionEstimated = prodEstimated;
        this.offPeak = offPeak;
    }

    public static Instant[] steps(InstantRange range) {
        List<Instant> steps = new ArrayList<>();
        for (Instant step = range.start(); step.isBefore(range.end()); step = StepGrid.next(step)) {
            steps.add(step);
        }
        return steps.toArray(Instant[]::new);
    }

    /** The duration of a step in minutes. */
    public int minutes(int step) {
        return StepGrid.minutesAt(steps[step]);
    }
}
