package fr.accdatahub.publication.domain;

import fr.accdatahub.calculation.domain.Results.CurrentRun;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Whether the current runs of an agreement cover a range of days: only computed periods are published. */
public final class Coverage {

    private Coverage() {
    }

    /** The ids of the runs covering {@code [from, to)}, by period: a 404 {@code no_data_found} where there is none. */
    public static List<UUID> runs(String agreementId, List<CurrentRun> runs, LocalDate from, LocalDate to) {
        LocalDate reached = from;
        List<UUID> ids = new ArrayList<>();
        for (CurrentRun run : runs) {
            ids.add(run.calculationId());
            if (run.periodStart().isAfter(reached)) {
                break;
            }
            reached = run.periodEnd().isAfter(reached) ? run.periodEnd() : reached;
        }
        if (reached.isBefore(to)) {
            throw new NoDataFound(agreementId, reached);
        }
        return ids;
    }
}
