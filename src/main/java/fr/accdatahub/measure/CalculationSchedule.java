package fr.accdatahub.measure;

import fr.accdatahub.agreement.Agreement;
import fr.accdatahub.agreement.AgreementStatus;
import fr.accdatahub.calendar.CalculationPeriod;
import fr.accdatahub.calendar.ServiceClock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Computes, on a schedule ({@code acc.calculation.every}), every period whose key deadline has passed and that has no
 * published calculation yet, for every agreement that is not terminated. Two replicas running it at once compute a
 * period twice at worst: the later run replaces the earlier, with the same result.
 */
@ApplicationScoped
public class CalculationSchedule {

    private static final Logger LOG = Logger.getLogger(CalculationSchedule.class);

    private final CalculationService calculations;
    private final CalculationStore store;
    private final ServiceClock clock;

    public CalculationSchedule(CalculationService calculations, CalculationStore store, ServiceClock clock) {
        this.calculations = calculations;
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
        }).replaceWithVoid();
    }

    /** Runs every due period; answers how many were computed. */
    public Uni<Integer> runDue() {
        return clock.now().chain(now -> Panache.withSession(() -> Agreement.<Agreement>list("status <> ?1",
                        AgreementStatus.TERMINATED))
                .chain(agreements -> Multi.createFrom().iterable(agreements)
                        .onItem().transformToUniAndConcatenate(agreement -> runDue(agreement, now))
                        .collect().with(java.util.stream.Collectors.summingInt(Integer::intValue))));
    }

    private Uni<Integer> runDue(Agreement agreement, Instant now) {
        return store.computedPeriods(agreement.id).chain(computed -> {
            List<LocalDate> due = duePeriods(agreement, now, new HashSet<>(computed));
            return Multi.createFrom().iterable(due)
                    .onItem().transformToUniAndConcatenate(start -> calculations
                            .run(agreement.id, start, Calculation.Trigger.SCHEDULE)
                            .map(calculation -> 1)
                            .onFailure().recoverWithItem(0))
                    .collect().with(java.util.stream.Collectors.summingInt(Integer::intValue));
        });
    }

    /** The periods of an agreement whose key deadline has passed by {@code now}, not yet computed. */
    static List<LocalDate> duePeriods(Agreement agreement, Instant now, Set<LocalDate> computed) {
        List<LocalDate> due = new ArrayList<>();
        CalculationPeriod period = CalculationPeriod.containing(agreement.startDate, agreement.startDate,
                agreement.anniversaryDay);
        while (!period.keyDeadline().isAfter(now)) {
            if (!computed.contains(period.start())) {
                due.add(period.start());
            }
            period = CalculationPeriod.containing(period.end(), agreement.startDate, agreement.anniversaryDay);
        }
        return due;
    }
}
