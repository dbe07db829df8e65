package fr.accdatahub.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.event.domain.Event;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The body of a delivery: the event exactly as the event feed answers it. */
@ApplicationScoped
public class Messages {

    /** The type of the message {@code POST …/webhook/test} sends (never in the event log). */
    public static final String TEST_TYPE = "webhook.test";

    private final ObjectMapper json;

    public Messages(ObjectMapper json) {
        this.json = json;
    }

    public String body(Event event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event is plain JSON", e);
        }
    }

    /** A test event: its own id, now, no agreement, no data. */
    public Event test() {
        return new Event(UUID.randomUUID(), TEST_TYPE, Paris.local(Instant.now()), null, Map.of());
    }
}
