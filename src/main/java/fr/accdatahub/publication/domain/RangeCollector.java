package fr.accdatahub.publication.domain;

import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calculation.domain.PublishedVersion;
import fr.accdatahub.calculation.domain.ResultRows.CurveRow;
import fr.accdatahub.calculation.domain.Results.DayCurve;
import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.calendar.InstantRange;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.calendar.TimeClass;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers a range's stored day curves as they stream in, into the range's arrays (the rows themselves are never all
 * held at once), then publishes them: the participants attached during the range, by ascending PRM, and their
 * whole-W curves. Plain Java.
 */
public final class RangeCollector {

    private final String agreementId;
    private final List<Attachment> attachments;
    private final InstantRange range;
    private final StepGrid grid;
    private final List<String> consumers;
    private final List<String> producers;
    private final Map<String, Integer> consumerIndex;
    private final Map<String, Integer> producerIndex;
    private final Map<LocalDate, Integer> dayOffsets = new HashMap<>();
    private final int steps;
    private final double[][] cons;
    private final double[][] autocons;
    private final double[][] prod;
    private final double[][] autoprod;
    private final boolean[][] consEstimated;
    private final boolean[][] prodEstimated;

    public RangeCollector(String agreementId, StepGrid grid, List<Attachment> attachments, InstantRange range) {
        this.agreementId = agreementId;
        this.attachments = attachments;
        this.range = range;
        this.grid = grid;
        DatePeriod days = new DatePeriod(range.firstDay(), range.endDay());
        this.consumers = ids(attachments, Role.CONS, days);
        this.producers = ids(attachments, Role.PROD, days);
        this.consumerIndex = index(consumers);
        this.producerIndex = index(producers);
        Instant[] stepList = grid.steps(range.start(), range.end());
        this.steps = stepList.length;
        for (int s = 0; s < stepList.length; s++) {
            dayOffsets.putIfAbsent(Paris.day(stepList[s]), s - grid.indexInDay(stepList[s]));
        }
        cons = nan(consumers.size(), steps);
        autocons = nan(consumers.size(), steps);
        prod = nan(producers.size(), steps);
        autoprod = nan(producers.size(), steps);
        consEstimated = new boolean[consumers.size()][steps];
        prodEstimated = new boolean[producers.size()][steps];
    }

    /** Takes one stored day curve of cons, autocons, prod or autoprod; those of others are ignored. */
    public void add(DayCurve curve) {
        Double[] stored = curve.values();
        double[] values = new double[stored.length];
        for (int k = 0; k < values.length; k++) {
            values[k] = stored[k] == null ? Double.NaN : stored[k];
        }
        Boolean[] marks = curve.estimated();
        boolean[] estimated = marks == null ? null : new boolean[marks.length];
        for (int k = 0; estimated != null && k < estimated.length; k++) {
            estimated[k] = Boolean.TRUE.equals(marks[k]);
        }
        add(curve.usagePointId(), curve.quantity(), curve.day(), values, estimated);
    }

    /** Takes one row of a run's results as it is about to be stored; those of other quantities are ignored. */
    public void add(CurveRow row) {
        add(row.usagePointId(), row.quantity(), row.day(), row.values(), row.estimated());
    }

    private void add(String usagePointId, String quantity, LocalDate day, double[] values, boolean[] estimated) {
        boolean consumer = quantity.equals("cons") || quantity.equals("autocons");
        boolean producer = quantity.equals("prod") || quantity.equals("autoprod");
        Integer position = consumer ? consumerIndex.get(usagePointId)
                : producer ? producerIndex.get(usagePointId) : null;
        Integer offset = dayOffsets.get(day);
        if (position == null || offset == null) {
            return;
        }
        double[] target = switch (quantity) {
            case "cons" -> cons[position];
            case "autocons" -> autocons[position];
            case "prod" -> prod[position];
            default -> autoprod[position];
        };
        boolean[] marks = quantity.equals("cons") ? consEstimated[position]
                : quantity.equals("prod") ? prodEstimated[position] : null;
        for (int k = 0; k < values.length; k++) {
            int s = offset + k;
            if (s >= 0 && s < steps && !Double.isNaN(values[k])) {
                target[s] = values[k];
                if (marks != null && estimated != null && estimated[k]) {
                    marks[s] = true;
                }
            }
        }
    }

    /** The range as published, rounded once (see {@link Publication}), read from the given versions. */
    public PublishedRange publish(List<PublishedVersion.Ref> publications) {
        Map<String, TimeClass.OffPeak> offPeak = new HashMap<>();
        for (Attachment attachment : attachments) {
            offPeak.merge(attachment.usagePointId(), TimeClass.OffPeak.parse(attachment.offpeakHours()),
                    (kept, other) -> attachment.offpeakHours() == null ? kept : other);
        }
        return new PublishedRange(agreementId, range, grid, publications, consumers, producers, cons, autocons, prod,
                autoprod, consEstimated, prodEstimated, offPeak, SupplierPeriod.of(attachments, range.firstDay(),
                        range.endDay()));
    }

    /** The PRMs attached in {@code role} during some of the days, ascending. */
    static List<String> ids(List<Attachment> attachments, Role role, DatePeriod days) {
        return attachments.stream()
                .filter(a -> a.role() == role && a.period().overlaps(days))
                .map(Attachment::usagePointId).distinct().sorted().toList();
    }

    private static Map<String, Integer> index(List<String> ids) {
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < ids.size(); k++) {
            index.put(ids.get(k), k);
        }
        return index;
    }

    private static double[][] nan(int rows, int columns) {
        double[][] values = new double[rows][columns];
        for (double[] row : values) {
            Arrays.fill(row, Double.NaN);
        }
        return values;
    }
}
