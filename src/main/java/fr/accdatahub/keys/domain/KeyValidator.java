package fr.accdatahub.keys.domain;

import fr.accdatahub.agreement.domain.AgreementStatus;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.calendar.CalculationPeriod;
import fr.accdatahub.calendar.History;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.keys.domain.KeySubmissionRequest.KeyValue;
import fr.accdatahub.keys.domain.KeySubmissionRequest.ProducerKeys;
import fr.accdatahub.keys.domain.StepReport.ProducerReport;
import fr.accdatahub.keys.domain.StepReport.Rejection;
import fr.accdatahub.keys.domain.StepReport.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judges submitted keys step by step (§4.4.2 and annex 7): a SIMPLE step, or a FULL step's producer, is accepted only
 * when it names exactly the consumers attached at that step, each once, with coefficients in [0, 100] of at most two
 * decimals adding up to at most 100 % (in exact hundredths), on a step of the grid, within the agreement's life, on
 * a day it is ACTIVE and before its calculation period's deadline. Every rule that fails is reported. Plain Java, no I/O.
 */
public final class KeyValidator {

    private static final BigDecimal HUNDRED = new BigDecimal(100);
    private static final int FULL_HUNDREDTHS = 10_000;

    /** What the rules depend on: the agreement and its statuses, its perimeter over time, and now. */
    public record Context(KeyType keyType, LocalDate agreementStart, int anniversaryDay,
            History<AgreementStatus> statuses, Instant now, PerimeterCalendar perimeter) {
    }

    /** Every step's report, and the keys to store. */
    public record Outcome(List<StepReport> steps, List<AcceptedKey> accepted) {

        public int count(Status status) {
            return (int) steps.stream().filter(step -> step.status() == status).count();
        }
    }

    private final Context context;
    private final StepGrid grid;
    private final Map<LocalDate, Boolean> openDays = new HashMap<>();

    public KeyValidator(Context context) {
        this.context = context;
        this.grid = StepGrid.ofOperation(context.agreementStart(), context.anniversaryDay());
    }

    public Outcome validate(List<SubmittedStep> steps) {
        Map<Instant, Integer> occurrences = new HashMap<>();
        for (SubmittedStep step : steps) {
            occurrences.merge(step.start().toInstant(), 1, Integer::sum);
        }
        List<StepReport> reports = new ArrayList<>(steps.size());
        List<AcceptedKey> accepted = new ArrayList<>();
        for (SubmittedStep step : steps) {
            Instant start = step.start().toInstant();
            List<Rejection> stepRejections = stepRejections(start, occurrences.get(start) > 1);
            reports.add(context.keyType() == KeyType.DYNAMIC_FULL
                    ? full(step, start, stepRejections, accepted)
                    : simple(step, start, stepRejections, accepted));
        }
        return new Outcome(reports, accepted);
    }

    private StepReport simple(SubmittedStep step, Instant start, List<Rejection> rejections,
            List<AcceptedKey> accepted) {
        List<Rejection> all = new ArrayList<>(rejections);
        ConsumerColumns consumers = context.perimeter().at(start).consumers();
        short[] coefficients = outsideAgreement(rejections) ? null : coefficients(attachedOnly(step, consumers),
                consumers, all);
        if (all.isEmpty()) {
            accepted.add(new AcceptedKey(start, AcceptedKey.EVERY_PRODUCER, consumers, coefficients));
        }
        return new StepReport(local(start), step.line(), all.isEmpty() ? Status.ACCEPTED : Status.REJECTED,
                all, null);
    }

    /**
     * The step's keys; for a file line, without the 0 of consumers not attached at the step (annex 5 lists in its
     * header every consumer attached at any time of its period).
     */
    private static List<KeyValue> attachedOnly(SubmittedStep step, ConsumerColumns consumers) {
        if (step.line() == null) {
            return step.keys();
        }
        return step.keys().stream()
                .filter(key -> consumers.positionOf(key.usagePointId()) >= 0 || key.coefficient().signum() != 0)
                .toList();
    }

    /**
     * A FULL step: each producer's keys are judged on their own; a rule about the step itself refuses every
     * producer, whose own faults are still reported.
     */
    private StepReport full(SubmittedStep step, Instant start, List<Rejection> rejections,
            List<AcceptedKey> accepted) {
        PerimeterCalendar.Day day = context.perimeter().at(start);
        Map<String, Integer> named = new HashMap<>();
        step.producers().forEach(p -> named.merge(p.usagePointId(), 1, Integer::sum));
        List<ProducerReport> producers = new ArrayList<>(step.producers().size());
        int acceptedProducers = 0;
        for (ProducerKeys producer : step.producers()) {
            List<Rejection> producerRejections = new ArrayList<>();
            String id = producer.usagePointId();
            if (outsideAgreement(rejections)) {
                producers.add(new ProducerReport(id, Status.REJECTED, producerRejections));
                continue;
            }
            if (named.get(id) > 1) {
                producerRejections.add(new Rejection(RejectionCode.DUPLICATE_USAGE_POINT,
                        "producer named more than once in this step", id));
            }
            if (!day.producers().contains(id)) {
                producerRejections.add(new Rejection(RejectionCode.NOT_A_PRODUCER,
                        "not a producer attached to the agreement at this step", id));
            }
            short[] coefficients = coefficients(producer.keys(), day.consumers(), producerRejections);
            boolean ok = producerRejections.isEmpty() && rejections.isEmpty();
            if (ok) {
                accepted.add(new AcceptedKey(start, id, day.consumers(), coefficients));
                acceptedProducers++;
            }
            producers.add(new ProducerReport(id, ok ? Status.ACCEPTED : Status.REJECTED, producerRejections));
        }
        Status status = acceptedProducers == producers.size() ? Status.ACCEPTED
                : acceptedProducers == 0 ? Status.REJECTED : Status.PARTIALLY_ACCEPTED;
        return new StepReport(local(start), step.line(), status, rejections, producers);
    }

    /** Before the agreement there is no perimeter to judge keys against. */
    private static boolean outsideAgreement(List<Rejection> rejections) {
        return rejections.stream().anyMatch(r -> r.code() == RejectionCode.OUTSIDE_AGREEMENT);
    }

    /** The rules about the step itself, whatever its keys. */
    private List<Rejection> stepRejections(Instant start, boolean duplicate) {
        List<Rejection> rejections = new ArrayList<>(1);
        if (duplicate) {
            rejections.add(new Rejection(RejectionCode.DUPLICATE_STEP, "this step is given more than once", null));
        }
        if (!grid.isAligned(start)) {
            rejections.add(new Rejection(RejectionCode.STEP_MISALIGNED, "a step starts on a multiple of "
                    + grid.minutesAt(start) + " minutes in this calculation period", null));
        }
        LocalDate day = Paris.day(start);
        if (day.isBefore(context.agreementStart())) {
            rejections.add(new Rejection(RejectionCode.OUTSIDE_AGREEMENT,
                    "the agreement starts on " + context.agreementStart(), null));
        } else if (context.statuses().at(day) != AgreementStatus.ACTIVE) {
            rejections.add(new Rejection(RejectionCode.AGREEMENT_NOT_ACTIVE, "the agreement is "
                    + context.statuses().at(day) + " on " + day, null));
        } else if (!openDays.computeIfAbsent(day, this::open)) {
            CalculationPeriod period = periodOf(day);
            rejections.add(new Rejection(RejectionCode.DEADLINE_PASSED, "keys for the period " + period.start()
                    + " to " + period.end() + " were due by the end of " + period.lastDayForKeys(), null));
        }
        return rejections;
    }

    private boolean open(LocalDate day) {
        return periodOf(day).acceptsKeysAt(context.now());
    }

    private CalculationPeriod periodOf(LocalDate day) {
        return CalculationPeriod.containing(day, context.agreementStart(), context.anniversaryDay());
    }

    /**
     * The coefficients in the consumers' order, in hundredths; every rule the keys break is added to
     * {@code rejections}.
     */
    private static short[] coefficients(List<KeyValue> keys, ConsumerColumns consumers, List<Rejection> rejections) {
        short[] coefficients = new short[consumers.size()];
        boolean[] given = new boolean[consumers.size()];
        Set<String> seen = new HashSet<>(keys.size() * 2);
        int sum = 0;
        for (KeyValue key : keys) {
            String id = key.usagePointId();
            int position = consumers.positionOf(id);
            if (!seen.add(id)) {
                rejections.add(new Rejection(RejectionCode.DUPLICATE_USAGE_POINT, "consumer named more than once", id));
                continue;
            }
            if (position < 0) {
                rejections.add(new Rejection(RejectionCode.NOT_IN_PERIMETER,
                        "not a consumer attached to the agreement at this step", id));
                continue;
            }
            given[position] = true;
            BigDecimal value = key.coefficient();
            if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
                rejections.add(new Rejection(RejectionCode.VALUE_OUT_OF_RANGE,
                        value.toPlainString() + " is outside [0, 100]", id));
            } else if (value.stripTrailingZeros().scale() > 2) {
                rejections.add(new Rejection(RejectionCode.TOO_MANY_DECIMALS,
                        value.toPlainString() + " has more than 2 decimals", id));
            } else {
                coefficients[position] = (short) value.movePointRight(2).intValueExact();
                sum += coefficients[position];
            }
        }
        for (int position = 0; position < given.length; position++) {
            if (!given[position]) {
                rejections.add(new Rejection(RejectionCode.MISSING_CONSUMER,
                        "consumer attached at this step without a coefficient", consumers.usagePointId(position)));
            }
        }
        if (sum > FULL_HUNDREDTHS) {
            rejections.add(new Rejection(RejectionCode.SUM_OVER_100,
                    "the coefficients add up to " + BigDecimal.valueOf(sum, 2).toPlainString() + " %", null));
        }
        return coefficients;
    }

    private static OffsetDateTime local(Instant start) {
        return Paris.local(start);
    }
}
