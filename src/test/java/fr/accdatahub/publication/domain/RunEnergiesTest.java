package fr.accdatahub.publication.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calculation.domain.DayEnergies;
import fr.accdatahub.calculation.domain.ResultRows.CurveRow;
import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.calendar.InstantRange;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.failure.NotFound;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The energies a run stores per day are what a reader of its curves computes: summed over any run of days and
 * rounded once, they give the same kWh, class by class, as the published curves of those days.
 */
class RunEnergiesTest {

    private static final String AGREEMENT = "ACC00000001";
    private static final String C1 = "10000000000001";
    private static final String C2 = "10000000000002";
    private static final String C3 = "10000000000003";
    private static final String P1 = "20000000000001";
    private static final String P2 = "20000000000002";
    /** Around the October 2025 change of time: 25 (96 steps), 26 (100 steps) and 27 October. */
    private static final LocalDate FIRST = LocalDate.of(2025, 10, 25);
    private static final LocalDate END = FIRST.plusDays(3);
    private static final List<Attachment> ATTACHMENTS = List.of(
            new Attachment(C1, Role.CONS, new DatePeriod(LocalDate.of(2025, 9, 1), null), null, null, "02:00-07:00"),
            new Attachment(C2, Role.CONS, new DatePeriod(LocalDate.of(2025, 9, 1), null), null, null, null),
            new Attachment(C3, Role.CONS, new DatePeriod(FIRST.plusDays(1), null), null, null, "12:30-14:30;01:00-04:00"),
            new Attachment(P1, Role.PROD, new DatePeriod(LocalDate.of(2025, 9, 1), null), null, null, null),
            new Attachment(P2, Role.PROD, new DatePeriod(LocalDate.of(2025, 9, 1), FIRST.plusDays(2)), null, null,
                    null));

    @Test
    void theDaysAddUpToWhatTheCurvesOfTheWholeRangeGive() {
        List<CurveRow> rows = rows(new Random(16));
        DayEnergies energies = RunEnergies.of(AGREEMENT, StepGrid.METER, ATTACHMENTS, rows);
        PublishedRange curves = collected(rows, FIRST, END);
        for (String consumer : List.of(C1, C2, C3)) {
            assertEquals(text(ParticipantEnergies.classes(curves, consumer, Role.CONS)),
                    text(fromDays(energies, consumer, Role.CONS, FIRST, END).classes()), consumer);
        }
        for (String producer : List.of(P1, P2)) {
            assertEquals(text(ParticipantEnergies.classes(curves, producer, Role.PROD)),
                    text(fromDays(energies, producer, Role.PROD, FIRST, END).classes()), producer);
        }
    }

    @Test
    void aRunOfTheDaysIsTheCurvesOfThoseDays() {
        List<CurveRow> rows = rows(new Random(61));
        DayEnergies energies = RunEnergies.of(AGREEMENT, StepGrid.METER, ATTACHMENTS, rows);
        LocalDate second = FIRST.plusDays(1);
        assertEquals(text(ParticipantEnergies.classes(collected(rows, second, END), C3, Role.CONS)),
                text(fromDays(energies, C3, Role.CONS, FIRST, END).sums().over(second, END)));
    }

    @Test
    void quantitiesOtherThanTheMeasuredOneAndItsPartAreLeftOut() {
        List<CurveRow> rows = rows(new Random(7));
        List<CurveRow> withOthers = new ArrayList<>(rows);
        withOthers.add(new CurveRow(P1, "surplus", FIRST, filled(96, 99_999), null));
        withOthers.add(new CurveRow(C1, "complement", FIRST, filled(96, 99_999), null));
        assertEquals(text(RunEnergies.of(AGREEMENT, StepGrid.METER, ATTACHMENTS, rows)),
                text(RunEnergies.of(AGREEMENT, StepGrid.METER, ATTACHMENTS, withOthers)));
    }

    @Test
    void aParticipantNotAttachedDuringTheRangeIsNotFound() {
        DayEnergies energies = RunEnergies.of(AGREEMENT, StepGrid.METER, ATTACHMENTS, rows(new Random(3)));
        assertThrows(NotFound.class, () -> fromDays(energies, C3, Role.CONS, FIRST, FIRST.plusDays(1)));
        assertThrows(NotFound.class, () -> fromDays(energies, P1, Role.CONS, FIRST, END));
    }

    @Test
    void theBasisChangesWithWhoIsAttachedWhenAndTheirOffPeakHoursOnly() {
        String basis = RunEnergies.basis(ATTACHMENTS);
        assertEquals(basis, RunEnergies.basis(List.of(ATTACHMENTS.get(4), ATTACHMENTS.get(3), ATTACHMENTS.get(2),
                ATTACHMENTS.get(1), ATTACHMENTS.get(0))));
        List<Attachment> renamed = new ArrayList<>(ATTACHMENTS);
        renamed.set(1, new Attachment(C2, Role.CONS, ATTACHMENTS.get(1).period(), "Mme Martin", null, null));
        assertEquals(basis, RunEnergies.basis(renamed));
        List<Attachment> offPeak = new ArrayList<>(ATTACHMENTS);
        offPeak.set(1, new Attachment(C2, Role.CONS, ATTACHMENTS.get(1).period(), null, null, "23:00-07:00"));
        assertNotEquals(basis, RunEnergies.basis(offPeak));
        List<Attachment> left = new ArrayList<>(ATTACHMENTS);
        left.set(3, new Attachment(P1, Role.PROD, new DatePeriod(LocalDate.of(2025, 9, 1), END), null, null, null));
        assertNotEquals(basis, RunEnergies.basis(left));
    }

    private static ParticipantRange fromDays(DayEnergies energies, String id, Role role, LocalDate first,
            LocalDate end) {
        return ParticipantRange.ofDays(AGREEMENT, range(first, end), List.of(), ATTACHMENTS, id, role,
                energies.days().stream().filter(day -> day.usagePointId().equals(id) && day.role() == role).toList());
    }

    private static PublishedRange collected(List<CurveRow> rows, LocalDate first, LocalDate end) {
        RangeCollector collector = new RangeCollector(AGREEMENT, StepGrid.METER, ATTACHMENTS, range(first, end));
        rows.forEach(collector::add);
        return collector.publish(List.of());
    }

    /** Each attached participant's quantity and part over each day, in fractional W that the rounding must share. */
    private static List<CurveRow> rows(Random random) {
        List<CurveRow> rows = new ArrayList<>();
        for (LocalDate day = FIRST; day.isBefore(END); day = day.plusDays(1)) {
            int steps = StepGrid.METER.steps(StepGrid.startOf(day), StepGrid.startOf(day.plusDays(1))).length;
            for (Attachment attachment : ATTACHMENTS) {
                if (!attachment.period().overlaps(new DatePeriod(day, day.plusDays(1)))) {
                    continue;
                }
                double[] whole = new double[steps];
                double[] part = new double[steps];
                for (int s = 0; s < steps; s++) {
                    whole[s] = random.nextDouble() * 3_000;
                    part[s] = whole[s] * random.nextDouble();
                }
                boolean consumer = attachment.role() == Role.CONS;
                rows.add(new CurveRow(attachment.usagePointId(), consumer ? "cons" : "prod", day, whole,
                        new boolean[steps]));
                rows.add(new CurveRow(attachment.usagePointId(), consumer ? "autocons" : "autoprod", day, part, null));
            }
        }
        return rows;
    }

    private static InstantRange range(LocalDate first, LocalDate end) {
        return new InstantRange(StepGrid.startOf(first), StepGrid.startOf(end));
    }

    private static double[] filled(int steps, double value) {
        double[] values = new double[steps];
        Arrays.fill(values, value);
        return values;
    }

    private static String text(Map<Quantity, BigDecimal[]> classes) {
        StringBuilder text = new StringBuilder();
        classes.forEach((quantity, values) -> text.append(quantity).append(Arrays.toString(values)));
        return text.toString();
    }

    private static String text(DayEnergies energies) {
        StringBuilder text = new StringBuilder();
        energies.days().forEach(day -> text.append(day.usagePointId()).append(day.role()).append(day.day())
                .append(Arrays.toString(day.whole())).append(Arrays.toString(day.part())).append('\n'));
        return text.toString();
    }
}
