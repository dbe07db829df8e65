package fr.accdatahub.feed;

import fr.accdatahub.agreement.AgreementService;
import fr.accdatahub.event.domain.Cursor;
import fr.accdatahub.event.domain.Event;
import fr.accdatahub.event.store.EventLog;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.web.Params;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The events of the caller's agreements (every agreement for the operator), oldest first, from a cursor: a PMO's
 * software polls it with the {@code next} of its last answer and never misses nor repeats an event.
 */
@ApplicationScoped
public class EventFeed {

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
        return caller.isOperator() ? Uni.createFrom().nullItem() : agreements.visibleIds(caller);
    }

    public Uni<Page> page(Caller caller, String after, Integer limit) {
        Cursor cursor = Cursor.parse(after);
        int size = Params.pageSize(limit);
        return visibleAgreements(caller).chain(ids -> log.after(cursor, size, ids)).map(events -> new Page(
                events.stream().map(EventLog.Positioned::event).toList(),
                (events.isEmpty() ? cursor : events.get(events.size() - 1).position()).toString()));
    }
}
