package fr.accdatahub.calculation.domain;

import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.calendar.StepGrid;
import java.util.List;

/**
 * What the publication derives from a completed run's curves, stored with them so that energies are summed rather
 * than recomputed: each participant's energy per day and class, and the basis they rest on (the perimeter's
 * participants and off-peak hours when computed; a later change of those makes them unusable).
 */
public record DayEnergies(String basis, List<DayEnergy> days) {

    /** How the publication derives them: the publication feature provides it. */
    public interface Rule {

        /** The energies of a run's stored rows (day by day, as {@link ResultRows} lists them). */
        DayEnergies of(String agreementId, StepGrid grid, List<Attachment> attachments,
                List<ResultRows.CurveRow> rows);
    }
}
