package fr.accdatahub.calculation;

import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calculation.domain.Results.CurrentDays;
import fr.accdatahub.calculation.domain.Results.CurrentRun;
import fr.accdatahub.calculation.domain.Results.DayCurve;
import fr.accdatahub.calculation.domain.Results.PairEnergy;
import fr.accdatahub.calculation.domain.PublishedVersion;
import fr.accdatahub.calculation.store.CalculationStore;
import fr.accdatahub.calculation.store.ResultStore;
import fr.accdatahub.keys.AppliedDefaults;
import fr.accdatahub.keys.domain.AppliedDefault;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** The results of the periods' current calculations: what the publication publishes. */
@ApplicationScoped
public class CalculationResults implements AppliedDefaults {

    private final ResultStore store;
    private final CalculationStore calculations;

    public CalculationResults(ResultStore store, CalculationStore calculations) {
        this.store = store;
        this.calculations = calculations;
    }

    /** Every published version of the agreement's periods, newest first. */
    public Uni<List<PublishedVersion>> versions(String agreementId) {
        return calculations.list(agreementId).map(PublishedVersion::of);
    }

    /**
     * The current runs of the periods that overlap the days {@code [from, to)}, by period, and, when
     * {@code wantCurves} says so of them, their curves of cons, autocons, prod and autoprod streamed to
     * {@code curves}: the runs and their curves as of one instant.
     */
    public Uni<List<CurrentRun>> currentRunsWithCurves(String agreementId, LocalDate from, LocalDate to,
            Predicate<List<CurrentRun>> wantCurves, Consumer<DayCurve> curves) {
        return store.currentRunsWithCurves(agreementId, from, to, wantCurves, curves);
    }

    /**
     * The current runs over the days {@code [from, to)} and a participant's day energies stored with them on
     * {@code basis}; null energies when one of the runs has none on that basis (the curves tell then).
     */
    public Uni<CurrentDays> currentRunsWithDayEnergies(String agreementId, LocalDate from, LocalDate to,
            String usagePointId, Role role, String basis) {
        return store.currentRunsWithDayEnergies(agreementId, from, to, usagePointId, role, basis);
    }

    /** The DEFAULT coefficients these runs applied over {@code [from, to)}; ResultsReplaced if one is not current. */
    public Uni<List<AppliedDefault>> defaultsOf(List<UUID> runs, LocalDate from, LocalDate to) {
        return store.defaultKeysOf(runs, from, to);
    }

    @Override
    public Uni<List<AppliedDefault>> over(String agreementId, LocalDate from, LocalDate to) {
        return store.currentDefaultKeys(agreementId, from, to);
    }

    /**
     * What a consumer received from each producer (or a producer gave each consumer) in these runs, per period and
     * class; ResultsReplaced if one of them is no longer current.
     */
    public Uni<List<PairEnergy>> pairs(List<UUID> runs, LocalDate from, LocalDate to, String usagePointId,
            boolean ofConsumer) {
        return store.pairs(runs, from, to, usagePointId, ofConsumer);
    }
}
