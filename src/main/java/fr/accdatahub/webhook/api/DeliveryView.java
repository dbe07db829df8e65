package fr.accdatahub.webhook.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.webhook.domain.Delivery;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A delivery as the API shows it: the event, where it stands, and its last attempt. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryView(
        UUID eventId,
        String type,
        String agreementId,
        Delivery.Status status,
        int attempts,
        OffsetDateTime queuedAt,
        OffsetDateTime nextAttemptAt,
        OffsetDateTime lastAttemptAt,
        Integer lastStatusCode,
        String lastError,
        OffsetDateTime deliveredAt) {

    static DeliveryView of(Delivery delivery) {
        return new DeliveryView(delivery.eventId(), delivery.type(), delivery.agreementId(), delivery.status(),
                delivery.attempts(), Paris.local(delivery.queuedAt()), Paris.localOrNull(delivery.nextAttemptAt()),
                Paris.localOrNull(delivery.lastAttemptAt()), delivery.lastStatusCode(), delivery.lastError(),
                Paris.localOrNull(delivery.deliveredAt()));
    }
}
