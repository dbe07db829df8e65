package fr.accdatahub.calculation;

import fr.accdatahub.agreement.AgreementService;
import fr.accdatahub.agreement.domain.Agreement;
import fr.accdatahub.agreement.domain.AgreementSnapshot;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.allocation.PeriodAllocation;
import fr.accdatahub.calculation.domain.Calculation;
import fr.accdatahub.calculation.domain.CalculationPeriods;
import fr.accdatahub.calculation.domain.DayEnergies;
import fr.accdatahub.calculation.domain.PeriodInputs;
import fr.accdatahub.calculation.domain.PublishedVersion;
import fr.accdatahub.calculation.domain.ResultRows;
import fr.accdatahub.calculation.domain.ResultRows.CurveRow;
import fr.accdatahub.calculation.store.CalculationStore;
import fr.accdatahub.calendar.CalculationPeriod;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.clock.ServiceClock;
import fr.accdatahub.failure.Failure;
import fr.accdatahub.storage.store.Unavailability;
import fr.accdatahub.keys.KeyReader;
import fr.accdatahub.observability.Metrics;
import fr.accdatahub.rawcurve.RawCurveService;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.WorkerExecutor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the monthly calculation of one period of one agreement: reads the perimeter, the raw curves (from a week
 * before, for estimates) and the keys, allocates every step on the calculations' own bounded pool of
 * {@code acc.calculation.workers} threads (never the event loop, nor the workers requests use), and stores the
 * results, with the energies the publication derives from them per day, as the period's current ones. A rerun
 * computes again from what is stored then and replaces the previous results.
 */
@ApplicationScoped
public class CalculationService {

    private static final Logger LOG = Logger.getLogger(CalculationService.class);

    private final AgreementService agreements;
    private final RawCurveService rawCurves;
    private final KeyReader keys;
    private final CalculationStore store;
    private final ServiceClock clock;
    private final WorkerExecutor workers;
    private final Metrics metrics;
    private final DayEnergies.Rule dayEnergies;

    public CalculationService(AgreementService agreements, RawCurveService rawCurves, KeyReader keys,
            CalculationStore store, ServiceClock clock, Vertx vertx, Metrics metrics, DayEnergies.Rule dayEnergies,
            @ConfigProperty(name = "acc.calculation.workers") int workers) {
        this.agreements = agreements;
        this.rawCurves = rawCurves;
        this.keys = keys;
        this.store = store;
        this.clock = clock;
        this.workers = vertx.createSharedWorkerExecutor("acc-calculation", workers);
        this.metrics = metrics;
        this.dayEnergies = dayEnergies;
    }

    /** Computes a period now; while another run of it is in progress (another replica's), waits for it to end. */
    public Uni<Calculation> run(String agreementId, LocalDate periodStart, Calculation.Trigger trigger) {
        return agreements.snapshot(agreementId).chain(snapshot -> clock.now().chain(now -> {
            CalculationPeriod period = computable(snapshot.agreement(), periodStart, now);
            // The perimeter read again once the claim is held: the run waited for may have lasted.
            return store.claimed(agreementId, period.start(), true,
                    () -> agreements.snapshot(agreementId).chain(current -> compute(current, period, trigger, now)),
                    () -> null);
        }));
    }

    /**
     * Prepares an agreement's data round by round and computes these periods after each round, holding their claims
     * throughout: no other run (the schedule's) computes them from half-made data. Each round's runs are the periods'
     * next versions. The sandbox's scenarios use it.
     */
    public Uni<List<Calculation>> runAfterEachRound(String agreementId, List<LocalDate> periodStarts,
            List<Supplier<Uni<Void>>> rounds) {
        return store.claimedAll(agreementId, periodStarts, () -> {
            Uni<List<Calculation>> runs = Uni.createFrom().item(List.of());
            for (Supplier<Uni<Void>> round : rounds) {
                runs = runs.chain(before -> round.get().chain(() -> runEach(agreementId, periodStarts))
                        .map(after -> Stream.concat(before.stream(), after.stream()).toList()));
            }
            return runs;
        });
    }

    private Uni<List<Calculation>> runEach(String agreementId, List<LocalDate> periodStarts) {
        return Multi.createFrom().iterable(periodStarts)
                .onItem().transformToUniAndConcatenate(periodStart -> agreements.snapshot(agreementId)
                        .chain(snapshot -> clock.now().chain(now -> compute(snapshot,
                                computable(snapshot.agreement(), periodStart, now), Calculation.Trigger.OPERATOR, now))))
                .collect().asList();
    }

    /**
     * Computes a period the schedule found due, unless another replica is computing it or it stopped being due
     * meanwhile (a DEFINITIVE version was just stored): empty then.
     */
    public Uni<Optional<Calculation>> runIfStillDue(String agreementId, LocalDate periodStart) {
        return store.claimed(agreementId, periodStart, false, () -> agreements.snapshot(agreementId)
                .chain(snapshot -> clock.now().chain(now -> store.list(agreementId).chain(runs -> {
                    Agreement agreement = snapshot.agreement();
                    if (!duePeriods(agreement, now, runs).contains(periodStart)) {
                        return Uni.createFrom().item(Optional.<Calculation>empty());
                    }
                    CalculationPeriod period = computable(agreement, periodStart, now);
                    return compute(snapshot, period, Calculation.Trigger.SCHEDULE, now).map(Optional::of);
                }))), Optional::empty);
    }

    /** The period starting that day, once it is over and if the agreement is ACTIVE on one of its days. */
    private static CalculationPeriod computable(Agreement agreement, LocalDate periodStart, Instant now) {
        return CalculationPeriods.active(agreement,
                CalculationPeriods.over(CalculationPeriods.starting(agreement, periodStart), now));
    }

    /** The periods the schedule computes at {@code now}: key deadline passed, no DEFINITIVE version among the runs. */
    static List<LocalDate> duePeriods(Agreement agreement, Instant now, List<Calculation> runs) {
        return CalculationPeriods.due(agreement, now, PublishedVersion.definitivePeriods(PublishedVersion.of(runs)));
    }

    /** Every run of an agreement's calculations, newest period first. */
    public Uni<List<Calculation>> list(String agreementId) {
        return agreements.requireExists(agreementId).chain(() -> store.list(agreementId));
    }

    private Uni<Calculation> compute(AgreementSnapshot snapshot, CalculationPeriod period, Calculation.Trigger trigger,
            Instant now) {
        Agreement agreement = snapshot.agreement();
        Instant start = StepGrid.startOf(period.start());
        Instant end = StepGrid.startOf(period.end());
        List<String> prms = snapshot.attachments().stream().map(a -> a.usagePointId()).distinct().toList();
        long began = System.nanoTime();
        UUID id = UUID.randomUUID();
        KeyType keyType = agreement.keyType(period.start());
        return keys.accepted(agreement, start, end)
                .chain(stored -> rawCurves.days(prms, period.start().minusWeeks(1), period.end())
                        .chain(raw -> workers.executeBlocking(Uni.createFrom().item(() -> {
                            PeriodInputs inputs = new PeriodInputs(period, keyType, agreement.statuses(),
                                    snapshot.attachments(), raw, stored);
                            PeriodAllocation result = PeriodAllocation.run(inputs.steps, inputs.end,
                                    inputs.consumption, inputs.production, inputs.consumerAttached,
                                    inputs.producerAttached, inputs.classOf, inputs.keys);
                            List<CurveRow> rows = ResultRows.of(inputs, result);
                            return new Computed(inputs, result, rows, dayEnergies.of(agreement.id(),
                                    agreement.stepGrid(), snapshot.attachments(), rows));
                        }))))
                .chain(computed -> {
                    Calculation calculation = record(id, agreement, period, trigger, now, began, computed, null);
                    return store.saveCompleted(calculation, computed.inputs(), computed.result(),
                                    computed.rows(), computed.energies())
                            .invoke(() -> metrics.calculation(calculation.status().name(), trigger.name(),
                                    Duration.ofNanos(System.nanoTime() - began)))
                            .chain(() -> countIfLate(calculation))
                            .replaceWith(calculation);
                })
                // The database away: nothing to record (it could not be), the run is tried again (503, next turn).
                .onFailure(failure -> !(failure instanceof Failure) && !Unavailability.isDatabaseUnavailable(failure))
                .recoverWithUni(failure -> {
                    LOG.errorf(failure, "Calculation of %s from %s failed", agreement.id(), period.start());
                    Calculation failed = record(id, agreement, period, trigger, now, began, null,
                            String.valueOf(failure.getMessage()));
                    metrics.calculation(failed.status().name(), trigger.name(),
                            Duration.ofNanos(System.nanoTime() - began));
                    return store.saveFailed(failed).chain(() -> Uni.createFrom().failure(failure));
                });
    }

    /**
     * Counts the run in the late publications when it is its period's first definitive version, after its due date.
     * The run is stored by then: a failure to count is logged, never the run's failure.
     */
    private Uni<Void> countIfLate(Calculation calculation) {
        if (!Paris.day(calculation.finishedAt().toInstant()).isAfter(PublishedVersion.dueBy(calculation.periodEnd()))) {
            return Uni.createFrom().voidItem();
        }
        return store.list(calculation.agreementId()).invoke(runs -> PublishedVersion.of(runs).stream()
                        .filter(version -> version.late()
                                && version.calculationId().equals(calculation.calculationId()))
                        .findFirst().ifPresent(late -> metrics.latePublication()))
                .replaceWithVoid()
                .onFailure().recoverWithUni(failure -> {
                    LOG.warnf(failure, "Calculation %s is stored; counting it as late failed",
                            calculation.calculationId());
                    return Uni.createFrom().voidItem();
                });
    }

    private record Computed(PeriodInputs inputs, PeriodAllocation result, List<CurveRow> rows,
            DayEnergies energies) {
    }

    private static Calculation record(UUID id, Agreement agreement, CalculationPeriod period,
            Calculation.Trigger trigger, Instant now, long began, Computed computed, String failure) {
        Instant finished = now.plus(Duration.ofNanos(System.nanoTime() - began)).truncatedTo(ChronoUnit.MILLIS);
        return new Calculation(id, agreement.id(), period.start(), period.end(),
                computed == null ? Calculation.Status.FAILED : Calculation.Status.COMPLETED, trigger, computed != null,
                Paris.local(now), Paris.local(finished), agreement.keyType(period.start()).name(),
                computed == null ? 0 : computed.inputs().steps.length,
                computed == null ? 0 : computed.result().defaultSteps(),
                computed == null ? List.of() : computed.inputs().submissions,
                computed == null ? 0 : computed.inputs().measuredPoints,
                computed == null ? 0 : computed.inputs().estimatedPoints, failure);
    }
}
