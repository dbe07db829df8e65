package fr.accdatahub.measure;

import fr.accdatahub.agreement.Agreement;
import fr.accdatahub.agreement.AgreementStatus;
import fr.accdatahub.calendar.CalculationPeriod;
import fr.accdatahub.calendar.ServiceClock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Computes, on a schedule ({@code acc.calculation.every}), every period whose key deadline has passed and that has no
 * published calculation yet, for every agreement that is not terminated. One replica at a time: a run holds a
 * PostgreSQL transaction-level advisory lock in a transaction of its own, which PostgreSQL releases when the run ends
 * (commit or rollback) or its connection closes; a replica whose turn comes while another runs skips it.
 */
@ApplicationScoped
public class CalculationSchedule {

    private static final Logger LOG = Logger.getLogger(CalculationSchedule.class);
    /** The advisory lock's key ("acc-calc"). */
    static final long LOCK = 0x6163632d63616c63L;

    private final CalculationService calculations;
    private final CalculationStore store;
    private final ServiceClock clock;
    private final Pool pool;

    public CalculationSchedule(CalculationService calculations, CalculationStore store, ServiceClock clock,
            Pool pool) {
        this.calculations = calculations;
        this.store = store;
        this.clock = clock;
        this.pool = pool;
    }

    @Scheduled(every = "${acc.calculation.every}", delayed = "${acc.calculation.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> onSchedule() {
        return runDueAlone().invoke(count -> {
            if (count > 0) {
                LOG.infof("Computed %d due calculation periods", count);
            }
        }).replaceWithVoid();
    }

    /** Runs every due period unless another replica is doing so; answers how many were computed. */
    public Uni<Integer> runDueAlone() {
        return pool.withTransaction(transaction -> transaction.preparedQuery("SELECT pg_try_advisory_xact_lock($1)")
                .execute(Tuple.of(LOCK))
                .chain(locked -> {
                    if (!locked.iterator().next().getBoolean(0)) {
                        LOG.debug("Due periods are being computed by another replica: turn skipped");
                        return Uni.createFrom().item(0);
                    }
                    return runDue();
                }));
    }

    /** Runs every due period; answers how many were computed. */
    public Uni<Integer> runDue() {
        return clock.now().chain(now -> Panache.withSession(() -> Agreement.<Agreement>list("status <> ?1",
                        AgreementStatus.TERMINATED))
                .chain(agreements -> Multi.createFrom().iterable(agreements)
                        .onItem().transformToUniAndConcatenate(agreement -> runDue(agreement, now))
                        .collect().with(Collectors.summingInt(Integer::intValue))));
    }

    private Uni<Integer> runDue(Agreement agreement, Instant now) {
        return store.computedPeriods(agreement.id).chain(computed -> {
            List<LocalDate> due = duePeriods(agreement, now, new HashSet<>(computed));
            return Multi.createFrom().iterable(due)
                    .onItem().transformToUniAndConcatenate(start -> calculations
                            .run(agreement.id, start, Calculation.Trigger.SCHEDULE)
                            .map(calculation -> 1)
                            .onFailure().recoverWithItem(0))
                    .collect().with(Collectors.summingInt(Integer::intValue));
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
