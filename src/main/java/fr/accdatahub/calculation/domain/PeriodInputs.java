package fr.accdatahub.calculation.domain;

import fr.accdatahub.agreement.domain.AgreementStatus;
import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.allocation.KeyPlan;
import fr.accdatahub.calendar.CalculationPeriod;
import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.calendar.History;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.calendar.LocalSteps;
import fr.accdatahub.calendar.TimeClass;
import fr.accdatahub.keys.domain.StoredKey;
import fr.accdatahub.rawcurve.domain.CurveDay;
import fr.accdatahub.rawcurve.domain.CurveType;
import fr.accdatahub.rawcurve.domain.GapFiller;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything a period's allocation needs, in the engine's positions, as one value: the steps, the participants
 * attached during the period (by ascending PRM) and when, their meter values with gaps estimated (and how many were
 * measured and estimated), each consumer's time class per step, and the keys (none where the agreement is not
 * ACTIVE). Built from what was read from
 * storage; plain Java. Its arrays are not copied: nothing writes them once it is built.
 */
public final class PeriodInputs {

    public final CalculationPeriod period;
    public final Instant[] steps;
    public final Instant end;
    public final List<String> consumers;
    public final List<String> producers;
    public final boolean[][] consumerAttached;
    public final boolean[][] producerAttached;
    public final double[][] consumption;
    public final double[][] production;
    public final boolean[][] consumptionEstimated;
    public final boolean[][] productionEstimated;
    public final int[][] classOf;
    public final KeyPlan keys;
    public final List<UUID> submissions;
    public final int measuredPoints;
    public final int estimatedPoints;
    private final History<AgreementStatus> statuses;
    private final List<Attachment> participants;
    /** The local day of each step, worked out once (time zone rules are not cheap). */
    private final LocalDate[] stepDays;

    public PeriodInputs(CalculationPeriod period, KeyType keyType, History<AgreementStatus> statuses,
            List<Attachment> participants, List<CurveDay> raw, List<StoredKey> storedKeys) {
        this(period, period.step(), keyType, statuses, participants, raw, storedKeys);
    }

    /**
     * The inputs of any range of days {@code [period.start, period.end)} on steps of {@code step} (a simulation's:
     * the operation's step there), estimated from the week before it as a calculation period's are.
     */
    public PeriodInputs(CalculationPeriod period, Duration step, KeyType keyType, History<AgreementStatus> statuses,
            List<Attachment> participants, List<CurveDay> raw, List<StoredKey> storedKeys) {
        this.period = period;
        this.statuses = statuses;
        this.participants = participants;
        this.end = StepGrid.startOf(period.end());
        this.steps = steps(StepGrid.startOf(period.start()), end, step);
        this.stepDays = days(steps);
        DatePeriod range = new DatePeriod(period.start(), period.end());
        this.consumers = attachedIds(participants, Role.CONS, range);
        this.producers = attachedIds(participants, Role.PROD, range);
        this.consumerAttached = attached(participants, consumers, Role.CONS);
        this.producerAttached = attached(participants, producers, Role.PROD);
        Instant[] extended = steps(StepGrid.startOf(period.start().minusWeeks(1)), end, step);
        int offset = extended.length - steps.length;
        Map<LocalDate, Integer> dayStarts = dayStarts(extended);
        GapFiller filler = new GapFiller(extended);
        this.consumptionEstimated = new boolean[consumers.size()][];
        this.productionEstimated = new boolean[producers.size()][];
        this.consumption = series(consumers, CurveType.CONS, raw, extended, dayStarts, filler, offset,
                consumptionEstimated);
        this.production = series(producers, CurveType.PROD, raw, extended, dayStarts, filler, offset,
                productionEstimated);
        this.classOf = classes(participants);
        this.keys = keyPlan(keyType, storedKeys);
        this.submissions = storedKeys.stream().map(StoredKey::submissionId).distinct().sorted().toList();
        this.measuredPoints = points(consumerAttached, consumptionEstimated, false)
                + points(producerAttached, productionEstimated, false);
        this.estimatedPoints = points(consumerAttached, consumptionEstimated, true)
                + points(producerAttached, productionEstimated, true);
    }

    private PeriodInputs(PeriodInputs base, KeyType keyType, List<StoredKey> storedKeys) {
        this.period = base.period;
        this.statuses = base.statuses;
        this.participants = base.participants;
        this.steps = base.steps;
        this.stepDays = base.stepDays;
        this.end = base.end;
        this.consumers = base.consumers;
        this.producers = base.producers;
        this.consumerAttached = base.consumerAttached;
        this.producerAttached = base.producerAttached;
        this.consumption = base.consumption;
        this.production = base.production;
        this.consumptionEstimated = base.consumptionEstimated;
        this.productionEstimated = base.productionEstimated;
        this.classOf = base.classOf;
        this.measuredPoints = base.measuredPoints;
        this.estimatedPoints = base.estimatedPoints;
        this.keys = keyPlan(keyType, storedKeys);
        this.submissions = storedKeys.stream().map(StoredKey::submissionId).distinct().sorted().toList();
    }

    /** The same inputs with other keys (a simulation's): the same curves, perimeter and statuses. */
    public PeriodInputs withKeys(KeyType keyType, List<StoredKey> storedKeys) {
        return new PeriodInputs(this, keyType, storedKeys);
    }

    private static LocalDate[] days(Instant[] steps) {
        LocalDate[] days = new LocalDate[steps.length];
        for (int s = 0; s < steps.length; s++) {
            days[s] = s > 0 && steps[s].getEpochSecond() % 3600 != 0 ? days[s - 1] : Paris.day(steps[s]);
        }
        return days;
    }

    /** The period's steps, all of its one length, and those of the week before it for estimates. */
    private static Instant[] steps(Instant from, Instant to, Duration length) {
        List<Instant> steps = new ArrayList<>();
        for (Instant step = from; step.isBefore(to); step = step.plus(length)) {
            steps.add(step);
        }
        return steps.toArray(Instant[]::new);
    }

    private static List<String> attachedIds(List<Attachment> participants, Role role, DatePeriod range) {
        return participants.stream()
                .filter(p -> p.role() == role && p.period().overlaps(range))
                .map(Attachment::usagePointId)
                .distinct()
                .sorted()
                .toList();
    }

    private boolean[][] attached(List<Attachment> participants, List<String> ids, Role role) {
        boolean[][] attached = new boolean[ids.size()][steps.length];
        for (int position = 0; position < ids.size(); position++) {
            String id = ids.get(position);
            List<DatePeriod> periods = participants.stream()
                    .filter(p -> p.role() == role && p.usagePointId().equals(id))
                    .map(Attachment::period)
                    .toList();
            LocalDate day = null;
            boolean in = false;
            for (int s = 0; s < steps.length; s++) {
                LocalDate stepDay = stepDays[s];
                if (!stepDay.equals(day)) {
                    day = stepDay;
                    LocalDate current = day;
                    in = periods.stream().anyMatch(p -> p.contains(current));
                }
                attached[position][s] = in;
            }
        }
        return attached;
    }

    private static Map<LocalDate, Integer> dayStarts(Instant[] extended) {
        Map<LocalDate, Integer> starts = new HashMap<>();
        for (int k = 0; k < extended.length; k++) {
            starts.putIfAbsent(Paris.day(extended[k]), k);
        }
        return starts;
    }

    private double[][] series(List<String> ids, CurveType type, List<CurveDay> raw, Instant[] extended,
            Map<LocalDate, Integer> dayStarts, GapFiller filler, int offset, boolean[][] estimated) {
        Map<String, Integer> positions = new HashMap<>();
        double[][] values = new double[ids.size()][extended.length];
        for (int i = 0; i < ids.size(); i++) {
            positions.put(ids.get(i), i);
            Arrays.fill(values[i], Double.NaN);
        }
        for (CurveDay day : raw) {
            Integer position = positions.get(day.usagePointId());
            Integer start = dayStarts.get(day.day());
            if (day.type() != type || position == null || start == null) {
                continue;
            }
            double[] watts = onPeriodGrid(day.watts(), stepsInDay(dayStarts, day.day(), extended.length));
            for (int k = 0; k < watts.length && start + k < extended.length; k++) {
                if (!Double.isNaN(watts[k])) {
                    values[position][start + k] = watts[k];
                }
            }
        }
        double[][] period = new double[ids.size()][];
        for (int i = 0; i < ids.size(); i++) {
            boolean[] filled = filler.fill(values[i]);
            period[i] = Arrays.copyOfRange(values[i], offset, extended.length);
            estimated[i] = Arrays.copyOfRange(filled, offset, extended.length);
        }
        return period;
    }

    private static int stepsInDay(Map<LocalDate, Integer> dayStarts, LocalDate day, int total) {
        Integer next = dayStarts.get(day.plusDays(1));
        return (next == null ? total : next) - dayStarts.get(day);
    }

    /**
     * A meter day on the period's steps: as measured when the lengths agree; 15-minute values averaged by pairs into
     * a 30-minute step (unknown when either is); a 30-minute value taken for both of its quarter hours. Unknown is NaN.
     */
    static double[] onPeriodGrid(Integer[] watts, int steps) {
        double[] values = new double[steps];
        Arrays.fill(values, Double.NaN);
        if (watts.length >= steps) {
            int ratio = watts.length / steps;
            for (int k = 0; k < steps && (k + 1) * ratio <= watts.length; k++) {
                values[k] = mean(watts, k * ratio, ratio);
            }
        } else {
            int ratio = steps / watts.length;
            for (int k = 0; k < steps && k / ratio < watts.length; k++) {
                Integer measured = watts[k / ratio];
                values[k] = measured == null ? Double.NaN : measured;
            }
        }
        return values;
    }

    private static double mean(Integer[] watts, int from, int count) {
        long sum = 0;
        for (int k = from; k < from + count; k++) {
            if (watts[k] == null) {
                return Double.NaN;
            }
            sum += watts[k];
        }
        return (double) sum / count;
    }

    /** The attached steps whose value was estimated, or measured. */
    private static int points(boolean[][] attached, boolean[][] estimated, boolean wasEstimated) {
        int count = 0;
        for (int i = 0; i < attached.length; i++) {
            for (int s = 0; s < attached[i].length; s++) {
                if (attached[i][s] && estimated[i][s] == wasEstimated) {
                    count++;
                }
            }
        }
        return count;
    }

    private int[][] classes(List<Attachment> participants) {
        Map<String, TimeClass.OffPeak> offPeak = new HashMap<>();
        for (String id : consumers) {
            String hours = participants.stream()
                    .filter(p -> p.role() == Role.CONS && p.usagePointId().equals(id) && p.offpeakHours() != null)
                    .map(Attachment::offpeakHours)
                    .findFirst()
                    .orElse(null);
            offPeak.put(id, TimeClass.OffPeak.parse(hours));
        }
        LocalSteps local = LocalSteps.of(steps);
        int[][] classOf = new int[steps.length][consumers.size()];
        for (int s = 0; s < steps.length; s++) {
            for (int j = 0; j < consumers.size(); j++) {
                classOf[s][j] = local.classOf(s, offPeak.get(consumers.get(j))).ordinal();
            }
        }
        return classOf;
    }

    /** The keys in the engine's positions, none where the agreement is not ACTIVE. */
    private KeyPlan keyPlan(KeyType keyType, List<StoredKey> stored) {
        KeyPlan plan = storedKeyPlan(keyType, stored);
        for (int s = 0; s < steps.length; s++) {
            if (statuses.at(stepDays[s]) != AgreementStatus.ACTIVE) {
                plan.setInactive(s);
            }
        }
        return plan;
    }

    private KeyPlan storedKeyPlan(KeyType keyType, List<StoredKey> stored) {
        KeyPlan.Kind kind = switch (keyType) {
            case STATIC -> KeyPlan.Kind.STATIC;
            case DYNAMIC_SIMPLE -> KeyPlan.Kind.SIMPLE;
            case DYNAMIC_FULL -> KeyPlan.Kind.FULL;
            case DEFAULT -> KeyPlan.Kind.DEFAULT;
        };
        KeyPlan plan = new KeyPlan(kind, steps.length, producers.size(), consumers.size());
        if (kind == KeyPlan.Kind.STATIC) {
            staticKeys(plan);
            return plan;
        }
        Map<Instant, Integer> stepIndex = new HashMap<>(steps.length * 2);
        for (int s = 0; s < steps.length; s++) {
            stepIndex.put(steps[s], s);
        }
        Map<List<String>, int[]> columns = new HashMap<>();
        String[] lastColumns = null;
        int[] lastPositions = null;
        for (StoredKey key : stored) {
            Integer s = stepIndex.get(key.step());
            if (s == null) {
                continue;
            }
            int[] positions = key.consumers() == lastColumns ? lastPositions
                    : columns.computeIfAbsent(Arrays.asList(key.consumers()), this::consumerPositions);
            lastColumns = key.consumers();
            lastPositions = positions;
            short[] row = new short[consumers.size()];
            for (int c = 0; c < positions.length; c++) {
                if (positions[c] >= 0) {
                    row[positions[c]] = key.coefficients()[c];
                }
            }
            if (kind == KeyPlan.Kind.SIMPLE) {
                plan.setShared(s, row);
            } else {
                int producer = producers.indexOf(key.producerId());
                if (producer >= 0) {
                    plan.setProducer(s, producer, row);
                }
            }
        }
        return plan;
    }

    private void staticKeys(KeyPlan plan) {
        LocalDate day = null;
        short[] row = null;
        for (int s = 0; s < steps.length; s++) {
            LocalDate stepDay = stepDays[s];
            if (!stepDay.equals(day)) {
                day = stepDay;
                row = new short[consumers.size()];
                for (Attachment p : participants) {
                    int j = consumers.indexOf(p.usagePointId());
                    if (p.role() == Role.CONS && j >= 0 && p.period().contains(day) && p.staticCoefficient() != null) {
                        row[j] = (short) p.staticCoefficient().multiply(BigDecimal.valueOf(100)).intValueExact();
                    }
                }
            }
            plan.setShared(s, row);
        }
    }

    private int[] consumerPositions(List<String> ids) {
        int[] positions = new int[ids.size()];
        Map<String, Integer> index = new HashMap<>();
        for (int j = 0; j < consumers.size(); j++) {
            index.put(consumers.get(j), j);
        }
        for (int c = 0; c < ids.size(); c++) {
            positions[c] = index.getOrDefault(ids.get(c), -1);
        }
        return positions;
    }

    /** Each local day of the period with its steps' index range {@code [from, to)}. */
    public Map<LocalDate, int[]> dayRanges() {
        Map<LocalDate, int[]> ranges = new LinkedHashMap<>();
        for (int s = 0; s < steps.length; s++) {
            LocalDate day = stepDays[s];
            int[] range = ranges.computeIfAbsent(day, d -> new int[] {-1, -1});
            if (range[0] < 0) {
                range[0] = s;
            }
            range[1] = s + 1;
        }
        return ranges;
    }
}
