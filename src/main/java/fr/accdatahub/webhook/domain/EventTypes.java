package fr.accdatahub.webhook.domain;

import fr.accdatahub.event.domain.Event;
import fr.accdatahub.failure.InvalidRequest;
import java.util.LinkedHashSet;
import java.util.List;

/** The event types an endpoint asks for: at least one, each a type of the event feed, once. */
public final class EventTypes {

    private EventTypes() {
    }

    public static List<String> of(List<String> asked) {
        if (asked == null || asked.isEmpty()) {
            throw new InvalidRequest("event_types must name at least one of " + Event.TYPES);
        }
        for (String type : asked) {
            if (type == null || !Event.TYPES.contains(type)) {
                throw new InvalidRequest("event_types: '" + type + "' is not one of " + Event.TYPES);
            }
        }
        return List.copyOf(new LinkedHashSet<>(asked));
    }
}
