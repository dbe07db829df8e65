package fr.accdatahub.request;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.accdatahub.agreement.AgreementAdministration;
import fr.accdatahub.agreement.AgreementService;
import fr.accdatahub.agreement.PerimeterAdministration;
import fr.accdatahub.agreement.api.AgreementChange;
import fr.accdatahub.agreement.api.AttachmentRequest;
import fr.accdatahub.agreement.domain.AgreementSnapshot;
import fr.accdatahub.agreement.domain.AnnexTwoWorkbook;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.agreement.domain.WorkbookRejected;
import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.clock.ServiceClock;
import fr.accdatahub.failure.Conflict;
import fr.accdatahub.failure.Failure;
import fr.accdatahub.failure.InvalidRequest;
import fr.accdatahub.failure.NotFound;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.request.domain.Anomaly;
import fr.accdatahub.request.domain.ChangeRequest;
import fr.accdatahub.request.domain.ChangeRequest.Coefficient;
import fr.accdatahub.request.domain.ChangeRequest.NewParticipant;
import fr.accdatahub.request.domain.PmoRequest;
import fr.accdatahub.request.domain.RequestRules;
import fr.accdatahub.request.domain.RequestStatus;
import fr.accdatahub.request.domain.WorkbookRequests;
import fr.accdatahub.request.store.RequestStore;
import fr.accdatahub.web.BeanChecks;
import fr.accdatahub.web.JsonBodies;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * PMO requests: received with their anomalies (REFUSED at once when the rules already fail, PENDING otherwise),
 * answered by the operator, and applied as dated history from their effective date when accepted.
 */
@ApplicationScoped
public class RequestService {

    public static final int MAX_PAGE_SIZE = 500;
    private static final Logger LOG = Logger.getLogger(RequestService.class);

    /** A request made by a row of an annex 2 workbook (no row: a participant the workbook left out). */
    public record Filed(String sheet, Integer row, PmoRequest request) {
    }

    /** A page of requests. */
    public record Page(int page, int size, long total, List<PmoRequest> requests) {
    }

    private final AgreementService agreements;
    private final AgreementAdministration administration;
    private final PerimeterAdministration perimeters;
    private final RequestStore store;
    private final ServiceClock clock;
    private final ObjectMapper json;
    private final Validator validator;

    public RequestService(AgreementService agreements, AgreementAdministration administration,
            PerimeterAdministration perimeters, RequestStore store, ServiceClock clock, ObjectMapper json,
            Validator validator) {
        this.json = json;
        this.validator = validator;
        this.agreements = agreements;
        this.administration = administration;
        this.perimeters = perimeters;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Receives a request, once the caller may see the agreement: its JSON body read and checked (a 400 stores
     * nothing), then judged at once and stored with its anomalies.
     */
    public Uni<PmoRequest> submit(Caller caller, String agreementId, byte[] body) {
        return agreements.snapshot(caller, agreementId).chain(snapshot -> {
            ChangeRequest change = BeanChecks.valid(validator, JsonBodies.read(json, body, ChangeRequest.class));
            change.checkShape();
            return judge(caller, snapshot, change);
        });
    }

    /**
     * Receives an annex 2 workbook, once the caller may see the agreement: one request per row that differs from the
     * perimeter in force on {@code effectiveDate}, each judged as a request of its own.
     */
    public Uni<List<Filed>> submitWorkbook(Caller caller, String agreementId, byte[] body, LocalDate effectiveDate) {
        return agreements.snapshot(caller, agreementId).chain(snapshot -> {
            List<WorkbookRequests.Numbered> numbered = WorkbookRequests.of(AnnexTwoWorkbook.read(body), snapshot,
                    effectiveDate);
            numbered.forEach(request -> {
                try {
                    BeanChecks.valid(validator, request.request());
                } catch (InvalidRequest invalid) {
                    throw new WorkbookRejected("sheet " + request.sheet() + ", row " + request.row() + ": "
                            + invalid.getMessage());
                }
            });
            return Multi.createFrom().iterable(numbered)
                    .onItem().transformToUniAndConcatenate(request -> judge(caller, snapshot, request.request())
                            .map(filed -> new Filed(request.sheet(), request.row(), filed)))
                    .collect().asList();
        });
    }

    private Uni<PmoRequest> judge(Caller caller, AgreementSnapshot snapshot, ChangeRequest change) {
        String agreementId = snapshot.id();
        return clock.now().chain(now ->
                anomalies(change, snapshot, now).chain(anomalies -> {
                    PmoRequest request = new PmoRequest(UUID.randomUUID(), agreementId, caller.clientId(),
                            change.type(), anomalies.isEmpty() ? RequestStatus.PENDING : RequestStatus.REFUSED, now,
                            change.effectiveDate(), RequestRules.answerDue(Paris.day(now)),
                            anomalies.isEmpty() ? null : now, anomalies, change);
                    return store.insert(request).replaceWith(request);
                }));
    }

    /** A page of an agreement's requests (or, for the operator, of every agreement's), newest first. */
    public Uni<Page> page(Caller caller, String agreementId, RequestStatus status, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidRequest("page must be 0 or more and size from 1 to " + MAX_PAGE_SIZE);
        }
        Uni<Void> visible = agreementId == null ? Uni.createFrom().voidItem()
                : agreements.requireVisible(caller, agreementId);
        return visible.chain(() -> store.count(agreementId, status))
                .chain(total -> store.page(agreementId, status, page, size)
                        .map(requests -> new Page(page, size, total, requests)));
    }

    /** A request, read under its own agreement only. */
    public Uni<PmoRequest> get(Caller caller, String agreementId, UUID requestId) {
        return agreements.requireVisible(caller, agreementId)
                .chain(() -> store.find(requestId))
                .map(found -> found.filter(request -> request.agreementId().equals(agreementId))
                        .orElseThrow(() -> unknown(requestId)));
    }

    /** The operator's answer: an accepted request is applied from its effective date, a refused one names why. */
    public Uni<PmoRequest> answer(UUID requestId, RequestStatus decision, Set<Anomaly> reasons) {
        if (decision == RequestStatus.PENDING) {
            throw new InvalidRequest("decision must be ACCEPTED or REFUSED");
        }
        if (decision == RequestStatus.REFUSED && reasons.isEmpty()) {
            throw new InvalidRequest("a refusal names its anomalies");
        }
        return store.find(requestId).map(found -> found.orElseThrow(() -> unknown(requestId)))
                .chain(request -> {
                    if (request.status() != RequestStatus.PENDING) {
                        throw new Conflict("request_already_answered", "Request " + requestId + " was "
                                + request.status() + " already");
                    }
                    Uni<Void> applied = decision == RequestStatus.ACCEPTED ? apply(request) : Uni.createFrom().voidItem();
                    return applied.chain(clock::now).chain(now -> record(request.answered(decision,
                            decision == RequestStatus.ACCEPTED ? Set.of() : reasons, now)));
                });
    }

    /**
     * Answers the pending requests whose answer is overdue on the service clock: refused when the rules fail by now,
     * accepted and applied otherwise. Answers how many were answered.
     */
    public Uni<Integer> answerOverdue() {
        return clock.now().chain(now -> store.overdue(Paris.day(now))).chain(overdue -> Multi.createFrom()
                .iterable(overdue)
                .onItem().transformToUniAndConcatenate(request -> agreements.snapshot(request.agreementId())
                        .chain(snapshot -> anomalies(request.change(), snapshot, request.receivedAt()))
                        .chain(anomalies -> anomalies.isEmpty()
                                ? answer(request.id(), RequestStatus.ACCEPTED, Set.of())
                                : answer(request.id(), RequestStatus.REFUSED, anomalies))
                        .replaceWith(1)
                        .onFailure(Failure.class).recoverWithItem(failure -> {
                            LOG.warnf("Request %s left pending: %s", request.id(), failure.getMessage());
                            return 0;
                        }))
                .collect().with(Collectors.summingInt(Integer::intValue)));
    }

    private Uni<Set<Anomaly>> anomalies(ChangeRequest change, AgreementSnapshot snapshot, Instant received) {
        Uni<Boolean> elsewhere = change.participant() == null ? Uni.createFrom().item(false)
                : agreements.attachedElsewhere(change.participant().usagePointId(), snapshot.id(),
                        change.effectiveDate());
        return elsewhere.map(attached -> RequestRules.anomalies(change, snapshot, Paris.day(received), attached));
    }

    /** Applies an accepted request from its effective date, as the operator's own changes would. */
    private Uni<Void> apply(PmoRequest request) {
        ChangeRequest change = request.change();
        String agreementId = request.agreementId();
        return switch (change.type()) {
            case PARTICIPANT_ENTRY -> agreements.agreement(agreementId).chain(agreement -> {
                NewParticipant p = change.participant();
                boolean staticConsumer = p.role() == Role.CONS
                        && agreement.staticDuring(new DatePeriod(change.effectiveDate(), null));
                return perimeters.attach(agreementId, p.usagePointId(), p.role(), new AttachmentRequest(
                        change.effectiveDate(), null, p.name() != null ? p.name() : p.holderName(),
                        staticConsumer ? p.staticCoefficient() : null, null, p.holderName(), p.address(), p.siret(),
                        p.rna(), p.email(), p.injectionContractRef(), p.installedPowerKva(), null)).replaceWithVoid();
            });
            case PARTICIPANT_EXIT -> perimeters.end(agreementId, change.usagePointId(), change.role(),
                    change.effectiveDate()).replaceWithVoid();
            case KEY_TYPE_CHANGE -> administration.change(agreementId, new AgreementChange(null, null,
                    change.keyType(), null, null, null, null, change.effectiveDate())).replaceWithVoid();
            case STATIC_COEFFICIENTS_CHANGE -> {
                Map<String, BigDecimal> coefficients = change.coefficients().stream()
                        .collect(Collectors.toMap(Coefficient::usagePointId, Coefficient::coefficient, (a, b) -> b));
                yield perimeters.changeCoefficients(agreementId, coefficients, change.effectiveDate());
            }
        };
    }

    private Uni<PmoRequest> record(PmoRequest answered) {
        return store.answer(answered).map(recorded -> {
            if (!recorded) {
                throw new Conflict("request_already_answered", "Request " + answered.id() + " was answered already");
            }
            return answered;
        });
    }

    private static NotFound unknown(UUID requestId) {
        return new NotFound("No request " + requestId);
    }
}
