package fr.accdatahub.calculation.domain;

import java.time.LocalDate;
import java.util.UUID;

/** The stored results of calculations, as the publication reads them. */
public final class Results {

    private Results() {
    }

    /** A period's current (published) calculation. */
    public record CurrentRun(LocalDate periodStart, LocalDate periodEnd, UUID calculationId) {
    }

    /** A participant's quantity over a day, W per step (null where not attached), its estimated marks or null. */
    public record DayCurve(String usagePointId, String quantity, LocalDate day, Double[] values, Boolean[] estimated) {
    }

    /**
     * The energy one participant exchanged with another in one distributor class over a period ({@code otherId}
     * null for a current period where it exchanged nothing).
     */
    public record PairEnergy(LocalDate periodStart, LocalDate periodEnd, String otherId, String timeClass,
            double energyWh) {
    }
}
