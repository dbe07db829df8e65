package fr.accdatahub.calculation;

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
import java.util.function.Consumer;

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

    /** The current runs of the periods that overlap the days {@code [from, to)}, by period. */
    public Uni<List<CurrentRun>> currentRuns(String agreementId, LocalDate from, LocalDate to) {
        return store.currentRuns(agreementId, from, to);
    }

    /** Streams the days' current curves of cons, autocons, prod and autoprod to {@code curves}. */
    public Uni<Void> curves(String agreementId, LocalDate from, LocalDate to, Consumer<DayCurve> curves) {
        return store.currentCurves(agreementId, from, to, curves);
    }

    @Override
    public Uni<List<AppliedDefault>> over(String agreementId, LocalDate from, LocalDate to) {
        return store.currentDefaultKeys(agreementId, from, to);
    }

    /** What a consumer received from each producer (or a producer gave each consumer), per period and class. */
    public Uni<List<PairEnergy>> pairs(String agreementId, LocalDate from, LocalDate to, String usagePointId,
            boolean ofConsumer) {
        return store.pairs(agreementId, from, to, usagePointId, ofConsumer);
    }
}
