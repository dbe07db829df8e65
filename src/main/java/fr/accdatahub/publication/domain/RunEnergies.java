package fr.accdatahub.publication.domain;

import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calculation.domain.DayEnergies;
import fr.accdatahub.calculation.domain.DayEnergy;
import fr.accdatahub.calculation.domain.ResultRows.CurveRow;
import fr.accdatahub.calendar.InstantRange;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.keys.domain.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The energies a run publishes, per participant and local day, computed from the rows it is about to store exactly
 * as a reader of its curves computes them: the publication rounds step by step, so a day published on its own gives
 * its steps the values of any range around it; each participant's whole quantity and part are then added up per
 * class in W·min. What they rest on is the perimeter's participants, periods and off-peak hours
 * ({@link #basis(List)}). Plain Java.
 */
public final class RunEnergies {

    private RunEnergies() {
    }

    /** Every participant's energies, day by day, of a run's rows. */
    public static DayEnergies of(String agreementId, StepGrid grid, List<Attachment> attachments,
            List<CurveRow> rows) {
        Map<LocalDate, List<CurveRow>> byDay = new LinkedHashMap<>();
        rows.forEach(row -> byDay.computeIfAbsent(row.day(), day -> new ArrayList<>()).add(row));
        List<DayEnergy> days = new ArrayList<>();
        byDay.forEach((day, dayRows) -> {
            RangeCollector collector = new RangeCollector(agreementId, grid, attachments,
                    new InstantRange(StepGrid.startOf(day), StepGrid.startOf(day.plusDays(1))));
            dayRows.forEach(collector::add);
            PublishedRange data = collector.publish(List.of());
            int steps = data.steps.length;
            data.consumers.forEach(id -> days.add(new DayEnergy(id, Role.CONS, day,
                    ParticipantEnergies.wattMinutes(data, Quantity.CONS, id, 0, steps),
                    ParticipantEnergies.wattMinutes(data, Quantity.AUTOCONS, id, 0, steps))));
            data.producers.forEach(id -> days.add(new DayEnergy(id, Role.PROD, day,
                    ParticipantEnergies.wattMinutes(data, Quantity.PROD, id, 0, steps),
                    ParticipantEnergies.wattMinutes(data, Quantity.AUTOPROD, id, 0, steps))));
        });
        return new DayEnergies(basis(attachments), days);
    }

    /**
     * A digest of what a day's energies rest on besides the run: who is attached, in which role and over which
     * days (the rounding shares each step among them), and their off-peak hours (the classes).
     */
    public static String basis(List<Attachment> attachments) {
        List<String> lines = attachments.stream()
                .map(a -> a.usagePointId() + '|' + a.role() + '|' + a.period().start() + '|' + a.period().end()
                        + '|' + a.offpeakHours())
                .sorted().toList();
        return Sha256.hex(sha -> sha.update(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
    }
}
