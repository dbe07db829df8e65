package fr.accdatahub.keys.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.agreement.domain.AgreementStatus;
import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.calendar.History;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.keys.domain.KeySubmissionRequest.KeyValue;
import fr.accdatahub.keys.domain.KeySubmissionRequest.ProducerKeys;
import fr.accdatahub.keys.domain.StepReport.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each rule of §4.4.2 on its own, combined, and over the calendar's edges. */
class KeyValidatorTest {

    private static final String C1 = "10000000000001";
    private static final String C2 = "10000000000002";
    private static final String C3 = "10000000000003";
    private static final String P1 = "20000000000001";
    private static final String P2 = "20000000000002";
    private static final LocalDate START = LocalDate.of(2024, 9, 1);
    private static final History<AgreementStatus> ACTIVE_FROM_START = History.from(START, AgreementStatus.ACTIVE);

    /** C2 leaves on 2024-11-20; C3 joins on 2024-11-15. */
    private static final List<Attachment> PERIMETER = List.of(
            attachment(C1, Role.CONS, START, null),
            attachment(C2, Role.CONS, START, LocalDate.of(2024, 11, 20)),
            attachment(C3, Role.CONS, LocalDate.of(2024, 11, 15), null),
            attachment(P1, Role.PROD, START, null),
            attachment(P2, Role.PROD, START, null));

    /** 3 December 2024: November's keys are due by the end of 5 December, October's were by 7 November. */
    private static final Instant NOW = Instant.parse("2024-12-03T09:00:00Z");

    @Test
    void aConformingStepIsAcceptedInTheConsumersOrder() {
        KeyValidator.Outcome outcome = simple(NOW, step("2024-11-10T10:00:00+01:00", C2, "39.86", C1, "50.81"));
        assertEquals(Status.ACCEPTED, outcome.steps().get(0).status());
        AcceptedKey key = outcome.accepted().get(0);
        assertEquals(AcceptedKey.EVERY_PRODUCER, key.producerId());
        assertArrayEquals(new String[] {C1, C2}, key.consumers().usagePointIds());
        assertArrayEquals(new short[] {5081, 3986}, key.coefficients());
    }

    @Test
    void theSumIsExact() {
        assertEquals(Set.of(), codes(simple(NOW, step("2024-11-16T10:00:00+01:00",
                C1, "33.34", C2, "33.33", C3, "33.33"))));
        assertEquals(Set.of(RejectionCode.SUM_OVER_100), codes(simple(NOW, step("2024-11-16T10:00:00+01:00",
                C1, "33.34", C2, "33.34", C3, "33.33"))));
        assertEquals(Set.of(), codes(simple(NOW, step("2024-11-16T10:00:00+01:00", C1, "0", C2, "0", C3, "0"))));
        assertEquals(Set.of(), codes(simple(NOW, step("2024-11-16T10:00:00+01:00", C1, "100", C2, "0.00", C3, "0"))));
    }

    @Test
    void valuesAreInZeroToHundredWithTwoDecimals() {
        assertEquals(Set.of(RejectionCode.VALUE_OUT_OF_RANGE),
                codes(simple(NOW, step("2024-11-10T10:00:00+01:00", C1, "-0.01", C2, "10"))));
        assertEquals(Set.of(RejectionCode.VALUE_OUT_OF_RANGE),
                codes(simple(NOW, step("2024-11-10T10:00:00+01:00", C1, "100.01", C2, "0"))));
        assertEquals(Set.of(RejectionCode.TOO_MANY_DECIMALS),
                codes(simple(NOW, step("2024-11-10T10:00:00+01:00", C1, "50.811", C2, "10"))));
        assertEquals(Set.of(), codes(simple(NOW, step("2024-11-10T10:00:00+01:00", C1, "50.8100", C2, "10"))));
    }

    @Test
    void theConsumersMustBeExactlyThoseAttachedAtThatStep() {
        // C3 joins on 15 November: refused before, required from then on.
        assertEquals(Set.of(RejectionCode.NOT_IN_PERIMETER),
                codes(simple(NOW, step("2024-11-14T23:45:00+01:00", C1, "10", C2, "10", C3, "10"))));
        assertEquals(Set.of(RejectionCode.MISSING_CONSUMER),
                codes(simple(NOW, step("2024-11-15T00:00:00+01:00", C1, "10", C2, "10"))));
        // C2 leaves on 20 November.
        assertEquals(Set.of(RejectionCode.NOT_IN_PERIMETER),
                codes(simple(NOW, step("2024-11-20T00:00:00+01:00", C1, "10", C2, "10", C3, "10"))));
        assertEquals(Set.of(), codes(simple(NOW, step("2024-11-20T00:00:00+01:00", C1, "10", C3, "10"))));
        // A producer is not a consumer; a PRM named twice is refused.
        assertEquals(Set.of(RejectionCode.NOT_IN_PERIMETER),
                codes(simple(NOW, step("2024-11-10T10:00:00+01:00", C1, "10", C2, "10", P1, "10"))));
        assertEquals(Set.of(RejectionCode.DUPLICATE_USAGE_POINT),
                codes(simple(NOW, step("2024-11-10T10:00:00+01:00", C1, "10", C2, "10", C1, "10"))));
    }

    @Test
    void everyFailedRuleIsReportedWithItsPrm() {
        StepReport report = simple(NOW, step("2024-11-16T10:00:00+01:00", C1, "70.001", C2, "101", P1, "1"))
                .steps().get(0);
        assertEquals(Status.REJECTED, report.status());
        assertEquals(Set.of(RejectionCode.TOO_MANY_DECIMALS, RejectionCode.VALUE_OUT_OF_RANGE,
                RejectionCode.NOT_IN_PERIMETER, RejectionCode.MISSING_CONSUMER), codes(report));
        assertEquals(C3, report.rejections().stream().filter(r -> r.code() == RejectionCode.MISSING_CONSUMER)
                .findFirst().orElseThrow().usagePointId());
        assertEquals(Set.of(RejectionCode.SUM_OVER_100, RejectionCode.MISSING_CONSUMER),
                codes(simple(NOW, step("2024-11-16T10:00:00+01:00", C1, "60", C2, "60"))));
    }

    @Test
    void theStepMustBeOnTheGridOfItsDate() {
        assertEquals(Set.of(RejectionCode.STEP_MISALIGNED),
                codes(simple(NOW, step("2024-11-10T10:10:00+01:00", C1, "10", C2, "10"))));
        assertEquals(Set.of(RejectionCode.STEP_MISALIGNED),
                codes(simple(NOW, step("2024-11-10T10:00:30+01:00", C1, "10", C2, "10"))));
    }

    @Test
    void the30To15MinuteSwitchIsOnFirstOctober2024() {
        Instant october = Instant.parse("2024-10-05T09:00:00Z");
        assertEquals(Set.of(), codes(simple(october, step("2024-09-30T23:30:00+02:00", C1, "1", C2, "1"))));
        assertEquals(Set.of(RejectionCode.STEP_MISALIGNED),
                codes(simple(october, step("2024-09-30T23:45:00+02:00", C1, "1", C2, "1"))));
        assertEquals(Set.of(), codes(simple(october, step("2024-10-01T00:15:00+02:00", C1, "1", C2, "1"))));
    }

    @Test
    void bothClockChangeDaysHaveTheirOwnSteps() {
        Instant later = Instant.parse("2025-04-01T09:00:00Z");
        // 27 October 2024: 02:00 to 02:45 happen twice, as distinct steps.
        KeyValidator.Outcome october = simple(Instant.parse("2024-11-04T09:00:00Z"),
                day("2024-10-27", 100), C1, "50", C2, "50");
        assertEquals(100, october.count(Status.ACCEPTED));
        assertEquals(100, october.accepted().stream().map(AcceptedKey::step).distinct().count());
        // 30 March 2025: 92 steps, none between 02:00 and 03:00 local.
        KeyValidator.Outcome march = simple(later, day("2025-03-30", 92), C1, "50", C3, "0");
        assertEquals(92, march.count(Status.ACCEPTED));
    }

    @Test
    void aStepGivenTwiceIsRefusedBothTimes() {
        KeyValidator.Outcome outcome = simple(NOW,
                step("2024-11-10T10:00:00+01:00", C1, "10", C2, "10"),
                step("2024-11-10T09:00:00Z", C1, "20", C2, "10"),
                step("2024-11-10T10:15:00+01:00", C1, "10", C2, "10"));
        assertEquals(List.of(Status.REJECTED, Status.REJECTED, Status.ACCEPTED),
                outcome.steps().stream().map(StepReport::status).toList());
        assertEquals(Set.of(RejectionCode.DUPLICATE_STEP), codes(outcome.steps().get(0)));
    }

    @Test
    void stepsBeforeTheAgreementAreOutsideIt() {
        assertEquals(Set.of(RejectionCode.OUTSIDE_AGREEMENT),
                codes(simple(Instant.parse("2024-09-02T09:00:00Z"),
                        step("2024-08-31T23:30:00+02:00", C1, "10", C2, "10"))));
    }

    @Test
    void theDeadlineIsTheEndOfTheFourthBusinessDayAfterTheClosingAnniversary() {
        SubmittedStep november = step("2024-11-30T23:45:00+01:00", C1, "10", C3, "10");
        assertEquals(Set.of(), codes(simple(Instant.parse("2024-12-05T22:59:59Z"), november)));
        assertEquals(Set.of(RejectionCode.DEADLINE_PASSED), codes(simple(Instant.parse("2024-12-05T23:00:00Z"),
                november)));
        // October closes on Friday 1 November (a holiday): due by Thursday 7 November.
        SubmittedStep october = step("2024-10-31T23:45:00+01:00", C1, "10", C2, "10");
        assertEquals(Set.of(), codes(simple(Instant.parse("2024-11-07T22:59:00Z"), october)));
        assertEquals(Set.of(RejectionCode.DEADLINE_PASSED),
                codes(simple(Instant.parse("2024-11-07T23:00:00Z"), october)));
    }

    @Test
    void stepsOfDaysTheAgreementIsNotActiveAreRefused() {
        History<AgreementStatus> suspended = ACTIVE_FROM_START
                .change(LocalDate.of(2024, 11, 10), AgreementStatus.SUSPENDED)
                .change(LocalDate.of(2024, 11, 20), AgreementStatus.ACTIVE);
        KeyValidator validator = new KeyValidator(new KeyValidator.Context(KeyType.DYNAMIC_SIMPLE, START, 1, suspended,
                Instant.parse("2024-11-25T10:00:00Z"), new PerimeterCalendar(PERIMETER)));
        KeyValidator.Outcome outcome = validator.validate(List.of(step("2024-11-09T12:00:00+01:00", C1, "1", C2, "1"),
                step("2024-11-10T12:00:00+01:00", C1, "1", C2, "1"), step("2024-11-20T00:00:00+01:00", C1, "1", C3,
                        "1")));
        assertEquals(List.of(Status.ACCEPTED, Status.REJECTED, Status.ACCEPTED),
                outcome.steps().stream().map(StepReport::status).toList());
        assertEquals(RejectionCode.AGREEMENT_NOT_ACTIVE, outcome.steps().get(1).rejections().get(0).code());
        assertEquals("the agreement is SUSPENDED on 2024-11-10", outcome.steps().get(1).rejections().get(0).message());
    }

    @Test
    void deadlinesSkipWeekendsAndHolidaysWithAnotherAnniversary() {
        // Anniversary day 8: the period ending on Friday 8 November 2024 is due by Friday 15 November
        // (the weekend and Monday 11 November do not count).
        KeyValidator validator = new KeyValidator(new KeyValidator.Context(KeyType.DYNAMIC_SIMPLE, START, 8, ACTIVE_FROM_START,
                Instant.parse("2024-11-15T22:59:00Z"), new PerimeterCalendar(PERIMETER)));
        assertEquals(Status.ACCEPTED, validator.validate(List.of(step("2024-11-07T12:00:00+01:00", C1, "1", C2, "1")))
                .steps().get(0).status());
        validator = new KeyValidator(new KeyValidator.Context(KeyType.DYNAMIC_SIMPLE, START, 8, ACTIVE_FROM_START,
                Instant.parse("2024-11-15T23:00:00Z"), new PerimeterCalendar(PERIMETER)));
        assertEquals(Set.of(RejectionCode.DEADLINE_PASSED),
                codes(validator.validate(List.of(step("2024-11-07T12:00:00+01:00", C1, "1", C2, "1")))));
    }

    @Test
    void fullKeysAreJudgedPerProducer() {
        SubmittedStep step = new SubmittedStep(OffsetDateTime.parse("2024-11-10T10:00:00+01:00"), null, null, List.of(
                new ProducerKeys(P1, keys(C1, "50", C2, "50")),
                new ProducerKeys(P2, keys(C1, "60", C2, "50")),
                new ProducerKeys(C1, keys(C1, "10", C2, "10"))));
        KeyValidator.Outcome outcome = full(step);
        StepReport report = outcome.steps().get(0);
        assertEquals(Status.PARTIALLY_ACCEPTED, report.status());
        assertEquals(List.of(Status.ACCEPTED, Status.REJECTED, Status.REJECTED),
                report.producers().stream().map(StepReport.ProducerReport::status).toList());
        assertEquals(RejectionCode.SUM_OVER_100, report.producers().get(1).rejections().get(0).code());
        assertEquals(RejectionCode.NOT_A_PRODUCER, report.producers().get(2).rejections().get(0).code());
        assertEquals(List.of(P1), outcome.accepted().stream().map(AcceptedKey::producerId).toList());
    }

    @Test
    void aFullStepIsAcceptedWhenAllItsProducersAre() {
        SubmittedStep step = new SubmittedStep(OffsetDateTime.parse("2024-11-10T10:00:00+01:00"), null, null, List.of(
                new ProducerKeys(P1, keys(C1, "50", C2, "50")),
                new ProducerKeys(P2, keys(C1, "20", C2, "50"))));
        assertEquals(Status.ACCEPTED, full(step).steps().get(0).status());
        SubmittedStep twice = new SubmittedStep(OffsetDateTime.parse("2024-11-10T10:00:00+01:00"), null, null,
                List.of(new ProducerKeys(P1, keys(C1, "50", C2, "50")), new ProducerKeys(P1, keys(C1, "1", C2, "1"))));
        StepReport report = full(twice).steps().get(0);
        assertEquals(Status.REJECTED, report.status());
        assertEquals(RejectionCode.DUPLICATE_USAGE_POINT, report.producers().get(0).rejections().get(0).code());
        SubmittedStep late = new SubmittedStep(OffsetDateTime.parse("2024-10-10T10:00:00+02:00"), null, null,
                List.of(new ProducerKeys(P1, keys(C1, "50", C2, "50"))));
        assertEquals(Set.of(RejectionCode.DEADLINE_PASSED), codes(full(late).steps().get(0)));
    }

    private static KeyValidator.Outcome full(SubmittedStep step) {
        return new KeyValidator(new KeyValidator.Context(KeyType.DYNAMIC_FULL, START, 1, ACTIVE_FROM_START, NOW,
                new PerimeterCalendar(PERIMETER))).validate(List.of(step));
    }

    private static KeyValidator.Outcome simple(Instant now, SubmittedStep... steps) {
        return simple(now, List.of(steps));
    }

    private static KeyValidator.Outcome simple(Instant now, List<SubmittedStep> steps) {
        return new KeyValidator(new KeyValidator.Context(KeyType.DYNAMIC_SIMPLE, START, 1, ACTIVE_FROM_START, now,
                new PerimeterCalendar(PERIMETER))).validate(steps);
    }

    private static KeyValidator.Outcome simple(Instant now, List<Instant> starts, String... values) {
        return simple(now, starts.stream()
                .map(start -> new SubmittedStep(start.atOffset(ZoneOffset.UTC), null, keys(values), null))
                .toList());
    }

    private static List<Instant> day(String day, int expectedSteps) {
        LocalDate date = LocalDate.parse(day);
        List<Instant> steps = new ArrayList<>();
        for (Instant step = fr.accdatahub.calendar.StepGrid.startOf(date);
                step.isBefore(fr.accdatahub.calendar.StepGrid.startOf(date.plusDays(1)));
                step = fr.accdatahub.calendar.StepGrid.METER.next(step)) {
            steps.add(step);
        }
        assertEquals(expectedSteps, steps.size());
        return steps;
    }

    private static SubmittedStep step(String start, String... values) {
        return new SubmittedStep(OffsetDateTime.parse(start), null, keys(values), null);
    }

    private static List<KeyValue> keys(String... values) {
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < values.length; i += 2) {
            keys.add(new KeyValue(values[i], new BigDecimal(values[i + 1])));
        }
        return keys;
    }

    private static Set<RejectionCode> codes(KeyValidator.Outcome outcome) {
        assertEquals(1, outcome.steps().size());
        return codes(outcome.steps().get(0));
    }

    private static Set<RejectionCode> codes(StepReport report) {
        assertTrue(report.status() == Status.ACCEPTED || !report.rejections().isEmpty()
                || report.producers() != null);
        return report.rejections().stream().map(StepReport.Rejection::code).collect(Collectors.toSet());
    }

    private static Attachment attachment(String prm, Role role, LocalDate start, LocalDate end) {
        return new Attachment(prm, role, new DatePeriod(start, end), null);
    }
}
