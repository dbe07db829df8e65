package fr.accdatahub.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.accdatahub.auth.domain.ClientProfile;
import fr.accdatahub.auth.store.CallerChangeListener;
import fr.accdatahub.auth.store.CallerStore;
import fr.accdatahub.auth.store.CallerStore.Change;
import fr.accdatahub.auth.store.CallerStore.Changes;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * This replica's copy of the clients (role, PMO, mandates, quotas) and of the revoked tokens, so that an
 * authenticated request reads nothing in PostgreSQL. It stays true to the database within a second: every change
 * is notified on {@code LISTEN acc_callers} and applied at once, and the changes are re-read every
 * {@code acc.callers.resync-every} (0.5 s) in case a notification was missed. When no re-read has succeeded for
 * {@link #TRUSTED_FOR}, the copy is not trusted and each request reads its client in PostgreSQL again.
 */
@ApplicationScoped
public class CallerDirectory {

    private static final Logger LOG = Logger.getLogger(CallerDirectory.class);
    static final Duration TRUSTED_FOR = Duration.ofSeconds(1);
    /** How far back each re-read looks, beyond the previous one: longer than any transaction writing a client. */
    private static final Duration OVERLAP = Duration.ofSeconds(5);
    private static final Duration GONE_TOO_LONG = Duration.ofMinutes(30);

    private final CallerStore store;
    private final CallerChangeListener listener;
    private final Cache<String, Optional<ClientProfile>> clients = Caffeine.newBuilder().maximumSize(100_000).build();
    private final Map<String, Instant> revoked = new ConcurrentHashMap<>();
    /** Counts the changes applied, so that a client read before a change is not cached after it. */
    private final AtomicLong generation = new AtomicLong();
    private volatile OffsetDateTime readUpTo;
    private volatile long resyncedAt = System.nanoTime() - TRUSTED_FOR.toNanos() - 1;

    private final AtomicBoolean resyncing = new AtomicBoolean();

    public CallerDirectory(CallerStore store, CallerChangeListener listener) {
        this.store = store;
        this.listener = listener;
    }

    /** Re-reads at once, then every {@code acc.callers.resync-every} (a timer: the scheduler has no sub-second). */
    void start(@Observes StartupEvent event, Vertx vertx,
            @ConfigProperty(name = "acc.callers.resync-every") Duration every) {
        resyncUnlessRunning();
        vertx.setPeriodic(every.toMillis(), timer -> resyncUnlessRunning());
    }

    private void resyncUnlessRunning() {
        if (resyncing.compareAndSet(false, true)) {
            resync().onTermination().invoke(() -> resyncing.set(false)).subscribe().with(done -> { });
        }
    }

    /** The client as it is now; empty when it does not exist. */
    public Uni<Optional<ClientProfile>> client(String clientId) {
        Optional<ClientProfile> known = trusted() ? clients.getIfPresent(clientId) : null;
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        long before = generation.get();
        return store.client(clientId).invoke(read -> {
            if (generation.get() == before) {
                clients.put(clientId, read);
            }
        });
    }

    /** Whether the token was revoked. */
    public Uni<Boolean> isRevoked(String jti) {
        if (trusted()) {
            return Uni.createFrom().item(jti != null && revoked.containsKey(jti));
        }
        return jti == null ? Uni.createFrom().item(false) : store.isRevoked(jti);
    }

    private boolean trusted() {
        return readUpTo != null && System.nanoTime() - resyncedAt < TRUSTED_FOR.toNanos();
    }

    private Uni<Void> resync() {
        long started = System.nanoTime();
        Uni<Void> listening = listener.listening() ? Uni.createFrom().voidItem() : listener.listen(this::apply)
                .onFailure().invoke(failure -> LOG.debugf("Not listening to caller changes: %s", failure.getMessage()))
                .onFailure().recoverWithNull();
        return listening.chain(() -> readUpTo == null || tooOld(readUpTo) ? reload() : readChanges())
                .invoke(() -> resyncedAt = started)
                .onFailure().invoke(failure -> LOG.debugf("Callers' directory not re-read: %s", failure.getMessage()))
                .onFailure().recoverWithNull();
    }

    private boolean tooOld(OffsetDateTime upTo) {
        return upTo.toInstant().isBefore(Instant.now().minus(GONE_TOO_LONG));
    }

    /** Starts again from the database: all clients forgotten (read again when asked), the revocations reloaded. */
    private Uni<Void> reload() {
        return store.changesAfter(OffsetDateTime.now()).chain(now -> store.revokedTokens().invoke(tokens -> {
            generation.incrementAndGet();
            clients.invalidateAll();
            revoked.clear();
            revoked.putAll(tokens);
            readUpTo = now.readAt();
        })).replaceWithVoid();
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> forgetOldChanges() {
        return store.forgetOldChanges().onFailure().recoverWithNull();
    }

    private Uni<Void> readChanges() {
        return store.changesAfter(readUpTo.minus(OVERLAP)).invoke((Changes read) -> {
            read.changes().forEach(this::apply);
            readUpTo = read.readAt();
            Instant now = Instant.now();
            revoked.values().removeIf(expiry -> expiry.isBefore(now));
        }).replaceWithVoid();
    }

    private void apply(Change change) {
        generation.incrementAndGet();
        if (change.kind() == 't') {
            // A notification does not carry the expiry: the next re-read gives it.
            revoked.put(change.subject(), change.tokenExpiresAt());
        } else {
            clients.invalidate(change.subject());
        }
    }
}
