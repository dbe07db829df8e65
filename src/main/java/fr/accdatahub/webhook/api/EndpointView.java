package fr.accdatahub.webhook.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.webhook.domain.Endpoint;
import fr.accdatahub.webhook.domain.SigningSecret;
import java.time.OffsetDateTime;
import java.util.List;

/** An endpoint as the API shows it; the secret only in the answer to its registration. */
public record EndpointView(
        String url,
        List<String> eventTypes,
        Endpoint.Status status,
        OffsetDateTime registeredAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) OffsetDateTime failingSince,
        long undelivered,
        @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

    static EndpointView of(Endpoint endpoint, SigningSecret secret) {
        return new EndpointView(endpoint.url(), endpoint.eventTypes(), endpoint.status(),
                Paris.local(endpoint.registeredAt()), Paris.localOrNull(endpoint.failingSince()),
                endpoint.undelivered(), secret == null ? null : secret.value());
    }
}
