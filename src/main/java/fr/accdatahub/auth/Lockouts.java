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

    /** A 429 with {@code Retry-After} while the client id or the address is locked out. */
    public Uni<Void> requireNotLockedOut(String clientId, String address) {
        return store.lockedUntil(subjects(clientId, address)).invoke(until -> until.ifPresent(end -> {
            throw lockedOut(end);
        })).replaceWithVoid();
    }

    /** Records a failed attempt of the client id and from the address; locks out those that reached the limit. */
    public Uni<Void> failed(String clientId, String address) {
        Uni<Void> recorded = Uni.createFrom().voidItem();
        if (ClientId.isClientId(clientId)) {
            recorded = recorded.chain(() -> record(client(clientId), settings.failures()));
        }
        if (address != null) {
            recorded = recorded.chain(() -> record(address(address), settings.addressFailures()));
        }
        return recorded;
    }

    private Uni<Void> record(String subject, int failures) {
        return store.recordFailure(List.of(subject), settings.window(), failures, settings.duration())
                .invoke(lockout -> lockout.ifPresent(until -> LOG.infof(
                        "Token requests of %s locked out until %s: %d failed attempts within %s", subject, until,
                        failures, settings.window())))
                .replaceWithVoid();
    }

    private static List<String> subjects(String clientId, String address) {
        List<String> subjects = new ArrayList<>(2);
        if (ClientId.isClientId(clientId)) {
            subjects.add(client(clientId));
        }
        if (address != null) {
            subjects.add(address(address));
        }
        return subjects;
    }

    private static String client(String clientId) {
        return "client:" + clientId;
    }

    private static String address(String address) {
        return "address:" + address;
    }

    private static TooManyRequests lockedOut(OffsetDateTime end) {
        long seconds = Math.max(1, Duration.between(Instant.now(), end.toInstant()).toSeconds() + 1);
        return new TooManyRequests("Too many failed attempts: try again in " + seconds + " s", (int) seconds);
    }
}
