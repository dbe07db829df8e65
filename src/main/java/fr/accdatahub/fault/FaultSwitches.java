package fr.accdatahub.fault;

import fr.accdatahub.clock.Sandbox;
import fr.accdatahub.fault.domain.FaultKind;
import fr.accdatahub.fault.domain.FaultRequest;
import fr.accdatahub.fault.domain.FaultSwitch;
import fr.accdatahub.fault.store.FaultStore;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The sandbox's fault switches: set, listed, cleared by the operator; asked, for each request and webhook delivery,
 * which of them hit it. Each replica reads them at most once a second, so a switch set on one replica acts on every
 * other within a second (at once on the one that set it). Outside the sandbox there are none, and nothing is read.
 */
@ApplicationScoped
public class FaultSwitches {

    private static final long FRESH_FOR_NANOS = 1_000_000_000L;

    private record Snapshot(List<FaultSwitch> switches, long readAt) {
    }

    private final FaultStore store;
    private final Sandbox sandbox;
    private volatile Snapshot snapshot;

    public FaultSwitches(FaultStore store, Sandbox sandbox) {
        this.store = store;
        this.sandbox = sandbox;
    }

    /** Whether switches can exist here (the sandbox): elsewhere requests pay nothing for them. */
    public boolean exist() {
        return sandbox.enabled();
    }

    public Uni<FaultSwitch> set(FaultRequest request) {
        sandbox.require("Fault switches");
        FaultSwitch fault = request.toSwitch(Instant.now());
        return store.set(fault).invoke(this::forget).replaceWith(fault);
    }

    public Uni<List<FaultSwitch>> active() {
        sandbox.require("Fault switches");
        return store.active();
    }

    public Uni<Void> clear() {
        sandbox.require("Fault switches");
        return store.clear().invoke(this::forget);
    }

    /** The switches that hit a request of {@code clientId} naming {@code usagePointId} (or none), in the order set. */
    public Uni<List<FaultSwitch>> hittingRequest(String clientId, String usagePointId, boolean measures) {
        return hitting(fault -> !fault.kind().onWebhooks() && (measures || fault.kind() != FaultKind.NO_DATA)
                && fault.matches(clientId, usagePointId));
    }

    /** The switches that hit a webhook delivery to {@code clientId}. */
    public Uni<List<FaultSwitch>> hittingWebhook(String clientId) {
        return hitting(fault -> fault.kind().onWebhooks() && fault.matches(clientId, null));
    }

    /** Waits for the delays of the switches of that kind among {@code hits} (LATENCY, WEBHOOK_LATE), added up. */
    public static Uni<Void> delays(List<FaultSwitch> hits, FaultKind kind) {
        Duration delay = hits.stream().filter(hit -> hit.kind() == kind).map(FaultSwitch::delay)
                .reduce(Duration.ZERO, Duration::plus);
        return delay.isZero() ? Uni.createFrom().voidItem() : Uni.createFrom().voidItem().onItem().delayIt().by(delay);
    }

    private Uni<List<FaultSwitch>> hitting(Predicate<FaultSwitch> matching) {
        if (!exist()) {
            return Uni.createFrom().item(List.of());
        }
        Instant now = Instant.now();
        return current().chain(switches -> Multi.createFrom().iterable(switches)
                .filter(fault -> fault.activeAt(now) && matching.test(fault))
                .onItem().transformToUniAndConcatenate(fault -> fault.hitsAll()
                        ? Uni.createFrom().item(Optional.of(fault))
                        : store.matched(fault).map(n -> n > 0 && fault.hits(n) ? Optional.of(fault)
                                : Optional.<FaultSwitch>empty()))
                .filter(Optional::isPresent).map(Optional::get)
                .collect().asList());
    }

    private Uni<List<FaultSwitch>> current() {
        Snapshot known = snapshot;
        long now = System.nanoTime();
        if (known != null && now - known.readAt() < FRESH_FOR_NANOS) {
            return Uni.createFrom().item(known.switches());
        }
        return store.active().invoke(switches -> snapshot = new Snapshot(switches, now));
    }

    private void forget() {
        snapshot = null;
    }
}
