package fr.accdatahub.calculation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The stored results of calculations, as the publication reads them. */
public final class Results {

    private Results() {
    }

    /** A period's current (published) calculation: its version, when it started and was published. */
    public record CurrentRun(LocalDate periodStart, LocalDate periodEnd, UUID calculationId, int version,
            Instant startedAt, OffsetDateTime publishedAt) {

        public PublishedVersion.Ref ref() {
            return new PublishedVersion.Ref(periodStart, calculationId, version,
                    PublishedVersion.statusOf(periodStart, periodEnd, startedAt), publishedAt);
        }
    }

    /**
     * The current runs over some days and a participant's energies stored with them, or null energies when one of
     * the runs has none on the basis asked for (computed before they were kept, or on another perimeter).
     */
    public record CurrentDays(List<CurrentRun> runs, List<DayEnergy> energies) {
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
