package fr.accdatahub.feed;

import fr.accdatahub.agreement.AgreementService;
import fr.accdatahub.event.domain.Cursor;
import fr.accdatahub.event.domain.Event;
import fr.accdatahub.event.store.EventLog;
import fr.accdatahub.failure.InvalidRequest;
import fr.accdatahub.identity.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The events of the caller's agreements (every agreement for the operator), oldest first, from a cursor: a PMO's
 * software polls it with the {@code next} of its last answer and never misses nor repeats an event.
 */
@ApplicationScoped
public class EventFeed {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    /** One answer: the events and the cursor to ask from next (the same one when there was none). */
    public record Page(List<Event> events, String next) {
    }

    private final AgreementService agreements;
    private final EventLog log;

    public EventFeed(AgreementService agreements, EventLog log) {
        this.agreements = agreements;
        this.log = log;
    }

    /** The ids of the agreements whose events the caller may read; null for the operator (every agreement). */
    public Uni<List<String>> visibleAgreements(Caller caller) {
        return caller.isOperator() ? Uni.createFrom().nullItem()
                : agreements.list(caller).map(list -> list.stream().map(a -> a.agreement().id()).toList());
    }

    public Uni<Page> page(Caller caller, String after, Integer limit) {
        Cursor cursor = Cursor.parse(after);
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidRequest("limit must be from 1 to " + MAX_LIMIT);
        }
        return visibleAgreements(caller).chain(ids -> log.after(cursor, size, ids)).map(events -> new Page(
                events.stream().map(EventLog.Positioned::event).toList(),
                (events.isEmpty() ? cursor : events.get(events.size() - 1).position()).toString()));
    }
}
