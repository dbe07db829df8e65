package fr.accdatahub.keys;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.accdatahub.agreement.AgreementService;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.failure.InvalidRequest;
import fr.accdatahub.failure.NotFound;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.keys.store.KeyStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The audit trail of an agreement's key submissions: who sent what, when, and the report it got. */
@ApplicationScoped
public class SubmissionHistory {

    public static final int MAX_PAGE_SIZE = 500;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(UUID submissionId, OffsetDateTime receivedAt, String clientId, String keyType,
            String fileName, int accepted, int rejected) {
    }

    public record Page(String agreementId, int page, int size, long total, List<Summary> submissions) {
    }

    private final AgreementService agreements;
    private final KeyStore store;

    public SubmissionHistory(AgreementService agreements, KeyStore store) {
        this.agreements = agreements;
        this.store = store;
    }

    public Uni<Page> page(Caller caller, String agreementId, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidRequest("page must be 0 or more and size from 1 to " + MAX_PAGE_SIZE);
        }
        return agreements.requireVisible(caller, agreementId)
                .chain(() -> store.countSubmissions(agreementId))
                .chain(total -> store.submissions(agreementId, page, size).map(rows -> new Page(agreementId, page,
                        size, total, rows.stream().map(SubmissionHistory::summary).toList())));
    }

    /** A stored report, as JSON. */
    public Uni<String> report(Caller caller, String agreementId, UUID submissionId) {
        return agreements.requireVisible(caller, agreementId)
                .chain(() -> store.report(agreementId, submissionId))
                .map(report -> report.orElseThrow(() -> new NotFound("No submission " + submissionId
                        + " for " + agreementId)));
    }

    private static Summary summary(KeyStore.Submission row) {
        return new Summary(row.id(), Paris.local(row.receivedAt()), row.clientId(),
                row.keyType(), row.fileName(), row.accepted(), row.rejected());
    }
}
