package fr.accdatahub.webhook;

import fr.accdatahub.failure.InvalidRequest;
import fr.accdatahub.failure.NotFound;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.webhook.domain.Delivery;
import fr.accdatahub.webhook.domain.Endpoint;
import fr.accdatahub.webhook.domain.EventTypes;
import fr.accdatahub.webhook.domain.Outcome;
import fr.accdatahub.webhook.domain.SigningSecret;
import fr.accdatahub.webhook.store.WebhookStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** A client's webhook endpoint: registered, read, removed, tried, and its deliveries listed. */
@ApplicationScoped
public class Webhooks {

    public static final int DEFAULT_DELIVERIES = 50;
    public static final int MAX_DELIVERIES = 500;

    /** An endpoint just registered, with the secret shown this once. */
    public record Registered(Endpoint endpoint, SigningSecret secret) {
    }

    /** What a test message came to. */
    public record Tried(String webhookId, Outcome outcome) {
    }

    private final WebhookStore store;
    private final Sender sender;
    private final Messages messages;

    public Webhooks(WebhookStore store, Sender sender, Messages messages) {
        this.store = store;
        this.sender = sender;
        this.messages = messages;
    }

    /**
     * Registers (or replaces) the caller's endpoint with a new secret. A replaced endpoint keeps its queue and is
     * active again, its failed delivery tried anew; a new one receives the events written from now on.
     */
    public Uni<Registered> register(Caller caller, String url, List<String> eventTypes) {
        List<String> types = EventTypes.of(eventTypes);
        SigningSecret secret = SigningSecret.generate();
        return sender.registrable(url)
                .chain(checked -> store.register(caller.clientId(), checked.toString(), types, secret))
                .chain(() -> endpoint(caller))
                .map(endpoint -> new Registered(endpoint, secret));
    }

    public Uni<Endpoint> endpoint(Caller caller) {
        return store.find(caller.clientId()).map(found -> found.orElseThrow(Webhooks::none));
    }

    public Uni<Void> delete(Caller caller) {
        return store.delete(caller.clientId()).invoke(deleted -> {
            if (!deleted) {
                throw none();
            }
        }).replaceWithVoid();
    }

    /** Sends a {@code webhook.test} message to the endpoint now, outside its queue, and answers what came of it. */
    public Uni<Tried> test(Caller caller) {
        var event = messages.test();
        return store.target(caller.clientId()).map(found -> found.orElseThrow(Webhooks::none))
                .chain(target -> sender.send(target, event.eventId().toString(), messages.body(event)))
                .map(outcome -> new Tried(event.eventId().toString(), outcome));
    }

    /** The endpoint's deliveries, newest first, of one status or all. */
    public Uni<List<Delivery>> deliveries(Caller caller, String status, Integer limit) {
        int size = limit == null ? DEFAULT_DELIVERIES : limit;
        if (size < 1 || size > MAX_DELIVERIES) {
            throw new InvalidRequest("limit must be from 1 to " + MAX_DELIVERIES);
        }
        Delivery.Status wanted = status == null ? null : status(status);
        return endpoint(caller).chain(endpoint -> store.deliveries(caller.clientId(), wanted, size));
    }

    private static Delivery.Status status(String value) {
        try {
            return Delivery.Status.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("status must be PENDING, DELIVERED or FAILED, not '" + value + "'");
        }
    }

    private static NotFound none() {
        return new NotFound("This client has no webhook endpoint: register one with PUT");
    }
}
