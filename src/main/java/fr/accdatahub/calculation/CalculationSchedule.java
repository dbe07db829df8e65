package fr.accdatahub.calculation;

import fr.accdatahub.agreement.AgreementService;
import fr.accdatahub.agreement.domain.Agreement;
import fr.accdatahub.calculation.store.CalculationStore;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.clock.ServiceClock;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Computes, on a schedule ({@code acc.calculation.every}), every period whose key deadline has passed and that has no
 * DEFINITIVE version yet (whatever provisional runs came before), for every agreement that is not terminated. Replicas
 * share the work: each period is claimed ({@link CalculationStore#claimed}) and a replica skips the periods another
 * is computing.
 */
@ApplicationScoped
public class CalculationSchedule {

    private static final Logger LOG = Logger.getLogger(CalculationSchedule.class);

    private final CalculationService calculations;
    private final AgreementService agreements;
    private final CalculationStore store;
    private final ServiceClock clock;

    public CalculationSchedule(CalculationService calculations, AgreementService agreements, CalculationStore store,
            ServiceClock clock) {
        this.calculations = calculations;
        this.agreements = agreements;
        this.store = store;
        this.clock = clock;
    }

    @Scheduled(every = "${acc.calculation.every}", delayed = "${acc.calculation.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> onSchedule() {
        return runDue().invoke(count -> {
            if (count > 0) {
                LOG.infof("Computed %d due calculation periods", count);
            }
        }).onFailure().invoke(e -> LOG.warn("Due periods not computed; tried again next turn", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Runs every due period that no other replica is computing; answers how many this one computed. */
    public Uni<Integer> runDue() {
        return clock.now().chain(now -> agreements.notTerminated(Paris.day(now))
                .chain(list -> Multi.createFrom().iterable(list)
                        .onItem().transformToUniAndConcatenate(agreement -> runDue(agreement, now))
                        .collect().with(Collectors.summingInt(Integer::intValue))));
    }

    private Uni<Integer> runDue(Agreement agreement, Instant now) {
        return store.list(agreement.id()).chain(runs -> {
            List<LocalDate> due = CalculationService.duePeriods(agreement, now, runs);
            return Multi.createFrom().iterable(due)
                    .onItem().transformToUniAndConcatenate(start -> calculations
                            .runIfStillDue(agreement.id(), start)
                            .map(calculation -> calculation.isPresent() ? 1 : 0)
                            .onFailure().recoverWithItem(0))
                    .collect().with(Collectors.summingInt(Integer::intValue));
        });
    }
}
