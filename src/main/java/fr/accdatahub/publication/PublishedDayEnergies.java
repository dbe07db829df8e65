package fr.accdatahub.publication;

import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.calculation.domain.DayEnergies;
import fr.accdatahub.calculation.domain.ResultRows.CurveRow;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.publication.domain.RunEnergies;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The publication's rule for the energies each run stores beside its curves ({@link RunEnergies}). */
@ApplicationScoped
public class PublishedDayEnergies implements DayEnergies.Rule {

    @Override
    public DayEnergies of(String agreementId, StepGrid grid, List<Attachment> attachments, List<CurveRow> rows) {
        return RunEnergies.of(agreementId, grid, attachments, rows);
    }
}
