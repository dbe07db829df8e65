package fr.accdatahub.partition;

import fr.accdatahub.calendar.Paris;
import fr.accdatahub.clock.ServiceClock;
import fr.accdatahub.partition.domain.MonthWindow;
import fr.accdatahub.partition.store.PartitionStore;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * Keeps the monthly partitions of the growing tables (raw curves, keys, results) in step with time: every
 * {@code acc.storage.maintain-every}, and once at start, each table gets its partitions of the months around the
 * clocks ({@link MonthWindow}) and of the months whose rows wait in its DEFAULT partition (a load of old measures,
 * a sandbox clock set years back); with {@code acc.storage.retention-months}, the months past it are dropped, with
 * the calculations of the periods that began before then. Any replica may run it; a turn that cannot take a lock within
 * seconds is given up and done at the next.
 */
@ApplicationScoped
public class PartitionMaintenance {

    private static final Logger LOG = Logger.getLogger(PartitionMaintenance.class);

    /** {@code acc.storage.*} */
    @ConfigMapping(prefix = "acc.storage")
    public interface Settings {
        /** How many months after the later clock's month get their partitions ahead. */
        int monthsAhead();

        /** How many months before the earlier clock's month are kept: 0 keeps everything, else at least 13. */
        int retentionMonths();

        /** How often the partitions are maintained (the schedule reads it by name). */
        String maintainEvery();
    }

    /**
     * What a turn did: the partitions created (rows moved out of a DEFAULT one included), dropped, and the records
     * forgotten with them.
     */
    public record Turn(int created, int dropped, int forgotten) {

        static final Turn NONE = new Turn(0, 0, 0);

        Turn plus(Turn other) {
            return new Turn(created + other.created, dropped + other.dropped, forgotten + other.forgotten);
        }
    }

    private final PartitionStore store;
    private final ServiceClock clock;
    private final Instance<DroppedWithTheMonths> dependents;
    private final Settings settings;

    public PartitionMaintenance(PartitionStore store, ServiceClock clock, Instance<DroppedWithTheMonths> dependents,
            Settings settings) {
        MonthWindow.requireRetention(settings.retentionMonths());
        this.store = store;
        this.clock = clock;
        this.dependents = dependents;
        this.settings = settings;
    }

    @Scheduled(every = "${acc.storage.maintain-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> onSchedule() {
        return maintain().invoke(turn -> {
            if (turn.created() + turn.dropped() + turn.forgotten() > 0) {
                LOG.infof("Monthly partitions: %d created, %d dropped past the retention, %d calculations forgotten",
                        turn.created(), turn.dropped(), turn.forgotten());
            }
        }).onFailure().invoke(e -> LOG.warn("Partition maintenance failed; tried again next turn", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** One turn of maintenance at the clocks' current months. */
    public Uni<Turn> maintain() {
        return clock.today().chain(serviceToday -> maintain(MonthWindow.of(Paris.day(Instant.now()), serviceToday,
                settings.monthsAhead(), settings.retentionMonths())));
    }

    /** One turn of maintenance over a given window. */
    public Uni<Turn> maintain(MonthWindow window) {
        return store.parents().chain(parents -> Multi.createFrom().iterable(parents)
                .onItem().transformToUniAndConcatenate(parent -> create(parent, window)
                        .chain(created -> drop(parent, window).map(created::plus)))
                .collect().asList())
                .chain(turns -> forget(window).map(forgotten -> turns.stream().reduce(forgotten, Turn::plus)));
    }

    private Uni<Turn> create(String parent, MonthWindow window) {
        return store.monthsInDefault(parent).chain(waiting -> {
            Set<YearMonth> months = new TreeSet<>(window.ahead());
            waiting.stream().map(YearMonth::from).filter(window::kept).forEach(months::add);
            return Multi.createFrom().iterable(months)
                    .onItem().transformToUniAndConcatenate(month -> store.create(parent, month.atDay(1)))
                    .collect().asList()
                    .map(created -> new Turn((int) created.stream().filter(Boolean::booleanValue).count(), 0, 0));
        });
    }

    private Uni<Turn> drop(String parent, MonthWindow window) {
        return window.oldestKept() == null ? Uni.createFrom().item(Turn.NONE)
                : store.dropBefore(parent, window.oldestKept().atDay(1)).map(dropped -> new Turn(0, dropped, 0));
    }

    private Uni<Turn> forget(MonthWindow window) {
        if (window.oldestKept() == null) {
            return Uni.createFrom().item(Turn.NONE);
        }
        return Multi.createFrom().iterable(dependents.stream().toList())
                .onItem().transformToUniAndConcatenate(dependent -> dependent.forgetBefore(
                        window.oldestKept().atDay(1)))
                .collect().asList().map(counts -> new Turn(0, 0, counts.stream().mapToInt(Integer::intValue).sum()));
    }
}
