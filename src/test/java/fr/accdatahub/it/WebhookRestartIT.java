package fr.accdatahub.it;

import static fr.accdatahub.it.Clients.retrying;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.accdatahub.client.ApiClient;
import fr.accdatahub.client.ApiException;
import fr.accdatahub.client.api.EventsApi;
import fr.accdatahub.client.api.OperatorApi;
import fr.accdatahub.client.model.AgreementCreation;
import fr.accdatahub.client.model.Attachment;
import fr.accdatahub.client.model.EventType;
import fr.accdatahub.client.model.KeyType;
import fr.accdatahub.client.model.Pmo;
import fr.accdatahub.client.model.Role;
import fr.accdatahub.client.model.WebhookDelivery;
import fr.accdatahub.client.model.WebhookRegistration;
import fr.accdatahub.support.DatabaseTestResource;
import fr.accdatahub.support.Eventually;
import fr.accdatahub.support.Receiver;
import fr.accdatahub.support.Receiver.Received;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * A webhook delivery outlives the service: the first attempt fails, the service is killed (SIGKILL) before the
 * retry, and the service started again on the same database makes the second attempt, with the same webhook-id.
 */
class WebhookRestartIT {

    private static final String OPERATOR_ID = "restart-operator";
    private static final String OPERATOR_SECRET = "restart-operator-secret-0123456789";

    @Test
    void aDeliveryFailedBeforeAKillIsMadeByTheRestartedService() throws Exception {
        DatabaseTestResource database = new DatabaseTestResource(Path.of("target", "restart-it"));
        Map<String, String> settings = new HashMap<>(database.start());
        settings.putAll(Map.of("acc.sandbox.enabled", "true", "acc.operator.client-id", OPERATOR_ID,
                "acc.operator.client-secret", OPERATOR_SECRET, "acc.calculation.every", "off",
                "acc.webhook.retry-delays", "3s"));
        try (Receiver receiver = Receiver.start().answering(503)) {
            Received failed;
            try (ServiceProcess first = ServiceProcess.start("webhook-restart-first", settings)) {
                EventsApi events = new EventsApi(operator(first));
                retrying(() -> events.registerWebhook(new WebhookRegistration().url(receiver.url())
                        .eventTypes(List.of(EventType.PERIMETER_CHANGED))));
                attachAConsumer(new OperatorApi(operator(first)));
                failed = receiver.next(Duration.ofSeconds(10));
                Eventually.holds(Duration.ofSeconds(5), () -> assertEquals(1, lastDelivery(events).getAttempts()));
                first.kill();
            }
            try (ServiceProcess second = ServiceProcess.start("webhook-restart-second", settings)) {
                Received delivered = receiver.next(Duration.ofSeconds(30));
                assertEquals(failed.id(), delivered.id(), "the same message, tried again");
                EventsApi events = new EventsApi(operator(second));
                Eventually.holds(Duration.ofSeconds(5), () -> {
                    WebhookDelivery delivery = lastDelivery(events);
                    assertEquals(WebhookDelivery.StatusEnum.DELIVERED, delivery.getStatus());
                    assertEquals(2, delivery.getAttempts());
                    assertEquals(204, delivery.getLastStatusCode());
                });
                Clients.perform(events::deleteWebhook);
            }
        } finally {
            database.stop();
        }
    }

    private static ApiClient operator(ServiceProcess service) throws ApiException {
        return Clients.as(service.base(), OPERATOR_ID, OPERATOR_SECRET);
    }

    private static WebhookDelivery lastDelivery(EventsApi events) {
        try {
            return retrying(() -> events.listWebhookDeliveries(null, 1)).getDeliveries().get(0);
        } catch (ApiException e) {
            throw new AssertionError(e);
        }
    }

    /** A new agreement with one consumer: one perimeter.changed event. */
    private static void attachAConsumer(OperatorApi operator) throws ApiException {
        String digits = Long.toString(ThreadLocalRandom.current().nextLong(10_000_000_000_000L, 99_999_999_999_999L));
        String id = retrying(() -> operator.createAgreement(new AgreementCreation().name("Redémarrage")
                .keyType(KeyType.DEFAULT).startDate(LocalDate.of(2025, 2, 1))
                .pmo(new Pmo().name("PMO redémarrée").siret(digits.substring(0, 14))))).getAgreementId();
        retrying(() -> operator.attachParticipant(id, digits.substring(0, 14), Role.CONS,
                new Attachment().start(LocalDate.of(2025, 2, 1)).name("Foyer")));
    }
}
