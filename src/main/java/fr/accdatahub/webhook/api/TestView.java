package fr.accdatahub.webhook.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.accdatahub.webhook.Webhooks;

/** What a test message came to: its webhook-id, whether it was delivered, the status answered or the error. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TestView(String webhookId, boolean delivered, Integer statusCode, String error) {

    static TestView of(Webhooks.Tried tried) {
        return new TestView(tried.webhookId(), tried.outcome().delivered(), tried.outcome().statusCode(),
                tried.outcome().error());
    }
}
