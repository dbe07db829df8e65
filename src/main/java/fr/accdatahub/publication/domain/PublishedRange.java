package fr.accdatahub.publication.domain;

import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calculation.domain.PublishedVersion;
import fr.accdatahub.calendar.InstantRange;
import fr.accdatahub.calendar.LocalSteps;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.calendar.TimeClass;
import fr.accdatahub.failure.InvalidRequest;
import fr.accdatahub.failure.NotFound;
import fr.accdatahub.keys.domain.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.TreeMap;

/**
 * The definitive data of an agreement over a range, as published: its steps, its participants (by ascending PRM)
 * and their whole-W curves ({@link Publication}), whether each meter value was estimated, and each participant's
 * off-peak hours for the time classes. Built from the current calculations' results.
 */
public final class PublishedRange {

    public final String agreementId;
    public final InstantRange range;
    public final StepGrid grid;
    /** The versions read, one per period the range covers. */
    public final List<PublishedVersion.Ref> publications;
    public final Instant[] steps;
    public final String[] stepLabels;
    /** The steps on the Paris wall clock, for the time classes. */
    public final LocalSteps localSteps;
    public final List<String> consumers;
    public final List<String> producers;
    public final Publication values;
    public final boolean[][] consumptionEstimated;
    public final boolean[][] productionEstimated;
    /** Per step: whether some consumer's consumption, some producer's production, or either was estimated. */
    public final boolean[] consumptionTotalEstimated;
    public final boolean[] productionTotalEstimated;
    public final boolean[] stepEstimated;
    public final Map<String, TimeClass.OffPeak> offPeak;
    /** Each consumer's supplier periods within the range. */
    public final Map<String, List<SupplierPeriod>> supplierPeriods;

    /** The calculations this range was read from, one per period. */
    public List<UUID> runs() {
        return publications.stream().map(PublishedVersion.Ref::calculationId).toList();
    }

    PublishedRange(String agreementId, InstantRange range, StepGrid grid, List<PublishedVersion.Ref> publications,
            List<String> consumers, List<String> producers,
            double[][] cons, double[][] autocons, double[][] prod, double[][] autoprod, boolean[][] consEstimated,
            boolean[][] prodEstimated, Map<String, TimeClass.OffPeak> offPeak,
            Map<String, List<SupplierPeriod>> supplierPeriods) {
        this.agreementId = agreementId;
        this.range = range;
        this.grid = grid;
        this.publications = publications;
        this.steps = grid.steps(range.start(), range.end());
        this.localSteps = LocalSteps.of(steps);
        this.stepLabels = new String[steps.length];
        for (int s = 0; s < steps.length; s++) {
            stepLabels[s] = Paris.label(steps[s]);
        }
        this.consumers = consumers;
        this.producers = producers;
        this.values = new Publication(cons, autocons, prod, autoprod, steps.length);
        this.consumptionEstimated = consEstimated;
        this.productionEstimated = prodEstimated;
        this.consumptionTotalEstimated = any(consEstimated, steps.length);
        this.productionTotalEstimated = any(prodEstimated, steps.length);
        this.stepEstimated = new boolean[steps.length];
        for (int s = 0; s < steps.length; s++) {
            stepEstimated[s] = consumptionTotalEstimated[s] || productionTotalEstimated[s];
        }
        this.offPeak = offPeak;
        this.supplierPeriods = supplierPeriods;
    }

    private static boolean[] any(boolean[][] marks, int steps) {
        boolean[] any = new boolean[steps];
        for (boolean[] row : marks) {
            for (int s = 0; s < steps; s++) {
                any[s] |= row[s];
            }
        }
        return any;
    }

    /**
     * A tag of what the answers over this range rest on: the versions read, the participants and their off-peak
     * hours. The same on every replica; a new version or a perimeter change gives another.
     */
    public String tag(String representation) {
        return Sha256.hex(sha -> {
            StringBuilder text = new StringBuilder(representation).append('|').append(agreementId).append('|')
                    .append(range).append('|').append(consumers).append('|').append(producers);
            publications.forEach(ref -> text.append('|').append(ref.calculationId()));
            new TreeMap<>(offPeak).forEach((id, hours) -> text.append('|').append(id)
                    .append(Arrays.toString(hours.fromMinutes())).append(Arrays.toString(hours.toMinutes())));
            new TreeMap<>(supplierPeriods).forEach((id, periods) -> text.append('|').append(id).append(periods));
            sha.update(text.toString().getBytes(StandardCharsets.UTF_8));
        });
    }

    /**
     * A 400 unless the range's steps are all of one length: a curve answer has one {@code interval_length}, so a range
     * across an operation's switch to 15-minute steps is asked for on each side.
     */
    public void requireOneStepLength() {
        if (steps.length > 0 && minutes(0) != minutes(steps.length - 1)) {
            Instant switched = Arrays.stream(steps).filter(step -> grid.minutesAt(step) != minutes(0)).findFirst()
                    .orElseThrow();
            throw new InvalidRequest("The range crosses the operation's switch from " + minutes(0) + "- to "
                    + minutes(steps.length - 1) + "-minute steps at " + Paris.label(switched)
                    + ": ask for the curves on each side of it");
        }
    }

    /** The steps of a run of days, as the index range {@code [from, to)}. */
    public int[] stepRange(LocalDate start, LocalDate end) {
        int from = 0;
        while (from < steps.length && Paris.day(steps[from]).isBefore(start)) {
            from++;
        }
        int to = from;
        while (to < steps.length && Paris.day(steps[to]).isBefore(end)) {
            to++;
        }
        return new int[] {from, to};
    }

    /** The duration of a step in minutes. */
    public int minutes(int step) {
        return grid.minutesAt(steps[step]);
    }

    public LocalDate firstDay() {
        return range.firstDay();
    }

    public LocalDate lastDay() {
        return range.endDay().minusDays(1);
    }

    /**
     * A 404 unless {@code usagePointId} is one of the participants in {@code role} during the range, or, without a
     * role, the agreement itself or any of its participants.
     */
    public void requireParticipant(String usagePointId, Role role) {
        requireParticipant(agreementId, consumers, producers, usagePointId, role);
    }

    /** The same check, for an agreement whose participants during a range are these. */
    static void requireParticipant(String agreementId, List<String> consumers, List<String> producers,
            String usagePointId, Role role) {
        boolean known = role == Role.CONS ? consumers.contains(usagePointId)
                : role == Role.PROD ? producers.contains(usagePointId)
                : usagePointId.equals(agreementId) || consumers.contains(usagePointId)
                        || producers.contains(usagePointId);
        if (!known) {
            throw new NotFound("PRM " + usagePointId + " is not " + (role == null ? "in"
                    : "a " + (role == Role.CONS ? "consumer" : "producer") + " of") + " the perimeter of "
                    + agreementId + " during this range");
        }
    }
}
