package fr.accdatahub.feed;

import fr.accdatahub.event.store.EventLog;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Keeps the event log bounded: every {@code acc.events.purge-every}, the events written more than
 * {@code acc.events.retention} ago (at least 90 days, by the database's clock, whatever the sandbox clock says) are
 * deleted with their webhook deliveries. A cursor older than the purge still works: it reads on from the oldest kept.
 */
@ApplicationScoped
public class EventRetention {

    /** The shortest retention the contract allows. */
    public static final Duration MINIMUM = Duration.ofDays(90);

    private static final Logger LOG = Logger.getLogger(EventRetention.class);

    /** {@code acc.events.*} */
    @ConfigMapping(prefix = "acc.events")
    public interface Settings {
        /** How long events are kept after they were written. */
        Duration retention();

        /** How often the expired ones are deleted (the schedule reads it by name). */
        String purgeEvery();
    }

    private final EventLog log;
    private final Duration retention;

    public EventRetention(EventLog log, Settings settings) {
        if (settings.retention().compareTo(MINIMUM) < 0) {
            throw new IllegalArgumentException("acc.events.retention must be at least 90 days (P90D), not "
                    + settings.retention());
        }
        this.log = log;
        this.retention = settings.retention();
    }

    @Scheduled(every = "${acc.events.purge-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> onSchedule() {
        return purge().invoke(count -> {
            if (count > 0) {
                LOG.infof("Purged %d events older than %s", count, retention);
            }
        }).onFailure().invoke(e -> LOG.warn("Event purge failed; tried again next turn", e))
                .onFailure().recoverWithItem(0).replaceWithVoid();
    }

    /** Deletes the events past their retention; answers how many. */
    public Uni<Integer> purge() {
        return log.purgeOlderThan(retention);
    }
}
