package fr.accdatahub.agreement.store;

import fr.accdatahub.agreement.domain.Agreement;
import fr.accdatahub.agreement.domain.AgreementStatus;
import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.calendar.History;
import fr.accdatahub.event.domain.Event;
import fr.accdatahub.event.store.EventLog;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The events of the operator's changes to agreements, written in the change's session and transaction. */
@ApplicationScoped
public class AgreementEvents {

    /** What changed in the perimeter: an attachment as it is after the change ({@code change} says how). */
    public Uni<Void> perimeterChanged(String agreementId, Instant at, String change, List<Attachment> attachments) {
        List<Map<String, Object>> changed = new ArrayList<>();
        for (Attachment a : attachments) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("usage_point_id", a.usagePointId());
            item.put("role", a.role().code());
            item.put("start", a.period().start().toString());
            item.put("end", a.period().end() == null ? null : a.period().end().toString());
            changed.add(item);
        }
        return Panache.getSession().chain(session -> EventLog.append(session, Event.PERIMETER_CHANGED, agreementId, at,
                Map.of("change", change, "attachments", changed)));
    }

    /** The agreement's new status history, when it differs from the one before. */
    public Uni<Void> statusChanged(Agreement before, History<AgreementStatus> after, Instant at) {
        if (before.statuses().equals(after)) {
            return Uni.createFrom().voidItem();
        }
        List<Map<String, Object>> history = new ArrayList<>();
        after.versions().forEach(version -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("status", version.value().name());
            item.put("from", version.period().start().toString());
            item.put("to", version.period().end() == null ? null : version.period().end().toString());
            history.add(item);
        });
        return Panache.getSession().chain(session -> EventLog.append(session, Event.STATUS_CHANGED, before.id(), at,
                Map.of("status_history", history)));
    }
}
