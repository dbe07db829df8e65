package fr.accdatahub.auth;

import fr.accdatahub.auth.domain.ClientId;
import fr.accdatahub.auth.store.LockoutStore;
import fr.accdatahub.failure.TooManyRequests;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The token endpoint's throttling of failed attempts, per client id and per source address, shared by every replica
 * through PostgreSQL ({@link LockoutStore}). A locked-out client id is refused the same way whether it exists or not,
 * and with its right secret too, so that a lockout tells nothing about the client. A client id that is not of the
 * form client ids take (it could never exist) is counted by its address only.
 */
@ApplicationScoped
public class Lockouts {

    private static final Logger LOG = Logger.getLogger(Lockouts.class);

    private final LockoutStore store;
    private final LockoutSettings settings;

    public Lockouts(LockoutStore store, LockoutSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /** What failed attempts are counted against, and how many it may make within the window. */
    private record Limited(String subject, int failures) {
    }

    /** A 429 with {@code Retry-After} while the client id or the address is locked out. */
    public Uni<Void> requireNotLockedOut(String clientId, String address) {
        List<String> subjects = limited(clientId, address).stream().map(Limited::subject).toList();
        return store.lockedUntil(subjects).invoke(until -> until.ifPresent(end -> {
            throw lockedOut(end);
        })).replaceWithVoid();
    }

    /** Records a failed attempt of the client id and from the address; locks out those that reached their limit. */
    public Uni<Void> failed(String clientId, String address) {
        Uni<Void> recorded = Uni.createFrom().voidItem();
        for (Limited limited : limited(clientId, address)) {
            recorded = recorded.chain(() -> record(limited));
        }
        return recorded;
    }

    private Uni<Void> record(Limited limited) {
        return store.recordFailure(limited.subject(), settings.window(), limited.failures(), settings.duration())
                .invoke(lockout -> lockout.ifPresent(until -> LOG.infof(
                        "Token requests of %s locked out until %s: %d failed attempts within %s", limited.subject(),
                        until, limited.failures(), settings.window())))
                .replaceWithVoid();
    }

    private List<Limited> limited(String clientId, String address) {
        List<Limited> limited = new ArrayList<>(2);
        if (ClientId.isClientId(clientId)) {
            limited.add(new Limited("client:" + clientId, settings.failures()));
        }
        if (address != null) {
            limited.add(new Limited("address:" + address, settings.addressFailures()));
        }
        return limited;
    }

    private static TooManyRequests lockedOut(OffsetDateTime end) {
        long seconds = Math.max(1, Duration.between(Instant.now(), end.toInstant()).toSeconds() + 1);
        return new TooManyRequests("Too many failed attempts: try again in " + seconds + " s", (int) seconds);
    }
}
