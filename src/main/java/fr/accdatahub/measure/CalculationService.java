package fr.accdatahub.measure;

import fr.accdatahub.agreement.Agreement;
import fr.accdatahub.agreement.AgreementAccess;
import fr.accdatahub.agreement.KeyType;
import fr.accdatahub.agreement.Participant;
import fr.accdatahub.allocation.PeriodAllocation;
import fr.accdatahub.calendar.CalculationPeriod;
import fr.accdatahub.calendar.ServiceClock;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.error.ApiException;
import fr.accdatahub.keys.KeyStore;
import fr.accdatahub.observability.Metrics;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Runs the monthly calculation of one period of one agreement: reads the perimeter, the raw curves (from a week
 * before, for estimates) and the keys, allocates every step (off the event loop), and stores the results as the
 * period's current ones. A rerun computes again from what is stored then and replaces the previous results.
 */
@ApplicationScoped
public class CalculationService {

    private static final Logger LOG = Logger.getLogger(CalculationService.class);

    private final RawCurveStore rawCurves;
    private final KeyStore keys;
    private final CalculationStore store;
    private final ServiceClock clock;
    private final Vertx vertx;
    private final Metrics metrics;

    public CalculationService(RawCurveStore rawCurves, KeyStore keys, CalculationStore store, ServiceClock clock,
            Vertx vertx, Metrics metrics) {
        this.rawCurves = rawCurves;
        this.keys = keys;
        this.store = store;
        this.clock = clock;
        this.vertx = vertx;
        this.metrics = metrics;
    }

    /** What the calculation reads of an agreement. */
    public record Snapshot(Agreement agreement, List<Participant> participants) {
    }

    @WithSession
    public Uni<Snapshot> snapshot(String agreementId) {
        return Agreement.<Agreement>findById(agreementId)
                .onItem().ifNull().failWith(() -> AgreementAccess.unknown(agreementId))
                .chain(agreement -> Participant.<Participant>list("agreementId", agreementId)
                        .map(participants -> new Snapshot(agreement, participants)));
    }

    public Uni<Calculation> run(String agreementId, LocalDate periodStart, Calculation.Trigger trigger) {
        return snapshot(agreementId).chain(snapshot -> clock.now().chain(now -> {
            Agreement agreement = snapshot.agreement();
            CalculationPeriod period = period(agreement, periodStart);
            if (now.isBefore(StepGrid.startOf(period.end()))) {
                throw ApiException.conflict("period_not_over", "The period " + period.start() + " to "
                        + period.end() + " is not over yet");
            }
            return compute(snapshot, period, trigger, now);
        }));
    }

    /** The period that starts on {@code periodStart}: a 400 when no period of the agreement starts that day. */
    public static CalculationPeriod period(Agreement agreement, LocalDate periodStart) {
        if (periodStart.isBefore(agreement.startDate)) {
            throw ApiException.badRequest("The agreement starts on " + agreement.startDate);
        }
        CalculationPeriod period = CalculationPeriod.containing(periodStart, agreement.startDate,
                agreement.anniversaryDay);
        if (!period.start().equals(periodStart)) {
            throw ApiException.badRequest("period_start must be the first day of a calculation period, e.g. "
                    + period.start() + " (anniversary day " + agreement.anniversaryDay + ")");
        }
        return period;
    }

    private Uni<Calculation> compute(Snapshot snapshot, CalculationPeriod period, Calculation.Trigger trigger,
            Instant now) {
        Agreement agreement = snapshot.agreement();
        boolean dynamic = agreement.keyType == KeyType.DYNAMIC_SIMPLE || agreement.keyType == KeyType.DYNAMIC_FULL;
        Instant start = StepGrid.startOf(period.start());
        Instant end = StepGrid.startOf(period.end());
        List<String> prms = snapshot.participants().stream().map(p -> p.usagePointId).distinct().toList();
        Uni<List<KeyStore.StoredKey>> storedKeys = dynamic
                ? keys.keys(agreement.id, start, end, agreement.keyType == KeyType.DYNAMIC_FULL)
                : Uni.createFrom().item(List.of());
        long began = System.nanoTime();
        UUID id = UUID.randomUUID();
        return storedKeys.chain(stored -> rawCurves.read(prms, period.start().minusWeeks(1), period.end())
                        .chain(raw -> vertx.executeBlocking(Uni.createFrom().item(() -> {
                            CalculationInputs inputs = new CalculationInputs(period, agreement.keyType,
                                    snapshot.participants(), raw, stored);
                            PeriodAllocation result = PeriodAllocation.run(inputs.steps, inputs.end,
                                    inputs.consumption, inputs.production, inputs.consumerAttached,
                                    inputs.producerAttached, inputs.classOf, inputs.keys);
                            return new Computed(inputs, result);
                        }))))
                .chain(computed -> {
                    Calculation calculation = record(id, agreement, period, trigger, now, began, computed, null);
                    return store.saveCompleted(calculation, computed.inputs(), computed.result())
                            .invoke(() -> metrics.calculation(calculation.status().name(), trigger.name(),
                                    Duration.ofNanos(System.nanoTime() - began)))
                            .replaceWith(calculation);
                })
                .onFailure(failure -> !(failure instanceof ApiException)).recoverWithUni(failure -> {
                    LOG.errorf(failure, "Calculation of %s from %s failed", agreement.id, period.start());
                    Calculation failed = record(id, agreement, period, trigger, now, began, null,
                            String.valueOf(failure.getMessage()));
                    metrics.calculation(failed.status().name(), trigger.name(),
                            Duration.ofNanos(System.nanoTime() - began));
                    return store.saveFailed(failed).chain(() -> Uni.createFrom().failure(failure));
                });
    }

    private record Computed(CalculationInputs inputs, PeriodAllocation result) {
    }

    private static Calculation record(UUID id, Agreement agreement, CalculationPeriod period,
            Calculation.Trigger trigger, Instant now, long began, Computed computed, String failure) {
        Instant finished = now.plus(Duration.ofNanos(System.nanoTime() - began)).truncatedTo(ChronoUnit.MILLIS);
        return new Calculation(id, agreement.id, period.start(), period.end(),
                computed == null ? Calculation.Status.FAILED : Calculation.Status.COMPLETED, trigger, computed != null,
                now.atZone(ServiceClock.PARIS).toOffsetDateTime(),
                finished.atZone(ServiceClock.PARIS).toOffsetDateTime(), agreement.keyType.name(),
                computed == null ? 0 : computed.inputs().steps.length,
                computed == null ? 0 : computed.result().defaultSteps(),
                computed == null ? List.of() : computed.inputs().submissions,
                computed == null ? 0 : computed.inputs().measuredPoints,
                computed == null ? 0 : computed.inputs().estimatedPoints, failure);
    }
}
