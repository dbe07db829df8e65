package fr.accdatahub.webhook;

import fr.accdatahub.auth.Callers;
import fr.accdatahub.fault.FaultSwitches;
import fr.accdatahub.fault.domain.FaultKind;
import fr.accdatahub.feed.EventFeed;
import fr.accdatahub.observability.Metrics;
import fr.accdatahub.webhook.domain.Claim;
import fr.accdatahub.webhook.domain.Outcome;
import fr.accdatahub.webhook.domain.RetrySchedule;
import fr.accdatahub.webhook.store.WebhookStore;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Delivers the event log to the registered endpoints, at least once and in order per endpoint: every
 * {@code acc.webhook.every} each replica claims endpoints with something due, queues their new events (of the
 * agreements the client may read now), and sends each endpoint's deliveries one after the other under its lease.
 * A failed attempt is tried again on the {@link RetrySchedule}; all the state is in PostgreSQL.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);

    private final WebhookStore store;
    private final Sender sender;
    private final Messages messages;
    private final Callers callers;
    private final EventFeed feed;
    private final Metrics metrics;
    private final WebhookSettings settings;
    private final RetrySchedule schedule;
    private final FaultSwitches faults;

    public Dispatcher(WebhookStore store, Sender sender, Messages messages, Callers callers, EventFeed feed,
            Metrics metrics, WebhookSettings settings, FaultSwitches faults) {
        this.faults = faults;
        this.store = store;
        this.sender = sender;
        this.messages = messages;
        this.callers = callers;
        this.feed = feed;
        this.metrics = metrics;
        this.settings = settings;
        this.schedule = new RetrySchedule(settings.retryDelays());
    }

    @Scheduled(every = "${acc.webhook.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> onSchedule() {
        return dispatch().onFailure().invoke(e -> LOG.warn("Webhook deliveries stopped for this turn", e))
                .onFailure().recoverWithItem(0).replaceWithVoid();
    }

    /** One turn: answers how many attempts were made. */
    public Uni<Integer> dispatch() {
        long deadline = System.nanoTime() + settings.lease().toNanos() / 2;
        return store.claim(settings.endpointsPerTurn(), settings.lease(), this::visibleAgreements)
                .chain(claims -> Multi.createFrom().iterable(claims)
                        .onItem().transformToUniAndMerge(claim -> deliverInTurn(claim, 1, deadline)
                                .onFailure().invoke(e -> LOG.warnf(e, "Deliveries to %s stopped for this turn; its "
                                        + "lease lapses and they go on", claim.clientId()))
                                .onFailure().recoverWithItem(0))
                        .collect().with(Collectors.summingInt(Integer::intValue)));
    }

    private Uni<List<String>> visibleAgreements(String clientId) {
        return callers.of(clientId).chain(caller -> caller.map(feed::visibleAgreements)
                .orElse(Uni.createFrom().item(List.of())));
    }

    /**
     * Sends the endpoint's deliveries one after the other while they are due, up to {@code deliveries-per-turn} and
     * half a lease: a slow endpoint holds its own turn, not the replica's next one for long.
     */
    private Uni<Integer> deliverInTurn(Claim claim, int turn, long deadline) {
        return send(claim)
                .invoke(outcome -> metrics.webhookAttempt(outcome.delivered()))
                .chain(outcome -> store.record(claim, outcome, schedule.after(claim.attempts() + 1),
                        settings.lease(), turn < settings.deliveriesPerTurn() && System.nanoTime() < deadline))
                .chain(next -> next.isEmpty() ? Uni.createFrom().item(turn)
                        : deliverInTurn(next.get(), turn + 1, deadline));
    }

    /** One attempt, as the sandbox's fault switches on the client's deliveries have it: late, or sent twice. */
    private Uni<Outcome> send(Claim claim) {
        String messageId = claim.event().eventId().toString();
        String body = messages.body(claim.event());
        return faults.hittingWebhook(claim.clientId()).chain(hits -> {
            Uni<Outcome> sent = FaultSwitches.delays(hits, FaultKind.WEBHOOK_LATE)
                    .chain(() -> sender.send(claim.target(), messageId, body));
            return hits.stream().anyMatch(hit -> hit.kind() == FaultKind.WEBHOOK_DUPLICATE)
                    ? sent.call(() -> sender.send(claim.target(), messageId, body))
                    : sent;
        });
    }
}
