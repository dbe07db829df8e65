package fr.accdatahub.request.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.request.RequestService;
import fr.accdatahub.request.domain.Anomaly;
import fr.accdatahub.request.domain.PmoRequest;
import fr.accdatahub.request.domain.RequestStatus;
import fr.accdatahub.request.domain.RequestType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A request as the API shows it: what was asked, and its answer so far. */
public record RequestView(
        UUID requestId,
        String agreementId,
        RequestType type,
        RequestStatus status,
        OffsetDateTime receivedAt,
        LocalDate effectiveDate,
        LocalDate answerDue,
        @JsonInclude(JsonInclude.Include.NON_NULL) OffsetDateTime answeredAt,
        List<Anomaly> anomalies) {

    /** A page of requests, newest first. */
    public record Page(int page, int size, long total, List<RequestView> requests) {

        public static Page of(RequestService.Page page) {
            return new Page(page.page(), page.size(), page.total(),
                    page.requests().stream().map(RequestView::of).toList());
        }
    }

    public static RequestView of(PmoRequest request) {
        return new RequestView(request.id(), request.agreementId(), request.type(), request.status(),
                Paris.local(request.receivedAt()), request.effectiveDate(), request.answerDue(),
                Paris.localOrNull(request.answeredAt()),
                request.anomalies().stream().sorted().toList());
    }
}
