package fr.accdatahub.agreement;

import fr.accdatahub.agreement.api.AttachmentRequest;
import fr.accdatahub.agreement.domain.Agreement;
import fr.accdatahub.agreement.domain.AgreementOn;
import fr.accdatahub.agreement.domain.AgreementStatus;
import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.Lifecycle;
import fr.accdatahub.agreement.domain.PerimeterRules;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.agreement.domain.UnknownAgreement;
import fr.accdatahub.agreement.store.AgreementEntity;
import fr.accdatahub.agreement.store.AgreementEvents;
import fr.accdatahub.agreement.store.AgreementRepository;
import fr.accdatahub.agreement.store.AgreementVersionEntity;
import fr.accdatahub.agreement.store.AgreementVersionRepository;
import fr.accdatahub.agreement.store.ParticipantEntity;
import fr.accdatahub.agreement.store.ParticipantRepository;
import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.calendar.History;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.clock.ServiceClock;
import fr.accdatahub.failure.NotFound;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The operator's changes to a perimeter: attaching a PRM in a role, ending an attachment. Every change is checked
 * against the rules of §3 ({@link PerimeterRules}) before it is stored.
 */
@ApplicationScoped
public class PerimeterAdministration {

    private final AgreementRepository agreements;
    private final AgreementVersionRepository versions;
    private final ParticipantRepository participants;
    private final ServiceClock clock;
    private final AgreementEvents events;

    public PerimeterAdministration(AgreementRepository agreements, AgreementVersionRepository versions,
            ParticipantRepository participants, ServiceClock clock, AgreementEvents events) {
        this.agreements = agreements;
        this.versions = versions;
        this.participants = participants;
        this.clock = clock;
        this.events = events;
    }

    /** An attachment as stored, the agreement as it is today, and whether the attachment is a new one. */
    public record Attached(Attachment attachment, AgreementOn agreement, boolean created) {
    }

    /**
     * Attaches {@code usagePointId} in {@code role}. The latest attachment of that PRM and role is updated when the
     * new period overlaps it; otherwise a new attachment is made (a PRM that left and comes back).
     */
    @WithTransaction
    public Uni<Attached> attach(String agreementId, String usagePointId, Role role, AttachmentRequest request) {
        return load(agreementId).chain(loaded -> clock.now().chain(now -> participants
                .elsewhere(usagePointId, agreementId)
                .chain(elsewhere -> participants.ofAgreement(agreementId).chain(rows -> {
                    Agreement agreement = loaded.agreement();
                    DatePeriod period = PerimeterRules.period(agreement, request.start(), request.end());
                    PerimeterRules.checkCoefficient(agreement, usagePointId, role, period, request.staticCoefficient());
                    PerimeterRules.checkNotAttachedElsewhere(usagePointId, period, elsewhere.stream()
                            .map(p -> new PerimeterRules.Elsewhere(p.agreementId, p.toAttachment().period()))
                            .toList());
                    List<Attachment> attachments = attachments(rows);
                    ParticipantEntity target = PerimeterRules.latest(attachments, usagePointId, role, period.end())
                            .filter(k -> attachments.get(k).period().overlaps(period))
                            .map(rows::get)
                            .orElseGet(ParticipantEntity::new);
                    boolean created = target.id == null;
                    target.agreementId = agreementId;
                    target.usagePointId = usagePointId;
                    target.role = role;
                    target.startDate = period.start();
                    target.endDate = period.end();
                    target.name = request.name();
                    target.staticCoefficient = request.staticCoefficient();
                    target.offpeakHours = request.offpeakHours();
                    target.supplierCalendar = role == Role.CONS ? request.supplierCalendar() : null;
                    target.takeMasterData(request.masterData());
                    List<ParticipantEntity> after = new ArrayList<>(rows);
                    if (created) {
                        after.add(target);
                    }
                    List<Attachment> changed = attachments(after);
                    PerimeterRules.checkNoOverlap(after.indexOf(target), changed);
                    PerimeterRules.checkInvariants(agreement, changed);
                    return participants.persist(target)
                            .call(stored -> recorded(loaded, changed, now, created ? "ATTACHED" : "UPDATED",
                                    List.of(stored.toAttachment())))
                            .map(stored -> new Attached(stored.toAttachment(),
                                    new AgreementOn(agreement, Paris.day(now)), created));
                }))));
    }

    /**
     * Gives consumers new static coefficients from {@code from} on, without rewriting the past: each consumer's
     * attachment in force that day ends there and a new one, the same but for its coefficient, starts (or, when it
     * starts that very day, takes the coefficient). The perimeter's rules are checked once all are changed.
     */
    @WithTransaction
    public Uni<Void> changeCoefficients(String agreementId, Map<String, BigDecimal> coefficients, LocalDate from) {
        return load(agreementId).chain(loaded -> clock.now().chain(now -> participants.ofAgreement(agreementId)
                .chain(rows -> {
            Agreement agreement = loaded.agreement();
            List<ParticipantEntity> added = new ArrayList<>();
            coefficients.forEach((prm, coefficient) -> {
                ParticipantEntity current = rows.stream()
                        .filter(p -> p.usagePointId.equals(prm) && p.role == Role.CONS
                                && p.toAttachment().period().contains(from))
                        .findFirst()
                        .orElseThrow(() -> new NotFound("PRM " + prm + " is not a consumer of " + agreementId
                                + " on " + from));
                if (current.startDate.equals(from)) {
                    current.staticCoefficient = coefficient;
                } else {
                    added.add(current.from(from, coefficient));
                    current.endDate = from;
                }
            });
            List<ParticipantEntity> after = new ArrayList<>(rows);
            after.addAll(added);
            List<Attachment> changed = attachments(after);
            PerimeterRules.checkInvariants(agreement, changed);
            List<Attachment> touched = after.stream()
                    .filter(p -> p.role == Role.CONS && coefficients.containsKey(p.usagePointId)
                            && p.toAttachment().period().contains(from))
                    .map(ParticipantEntity::toAttachment).toList();
            // the ended attachments are written first: one attachment per PRM and role at a time
            Uni<Void> stored = added.isEmpty() ? Uni.createFrom().voidItem()
                    : participants.flush().chain(() -> participants.persist(added));
            return stored.chain(() -> recorded(loaded, changed, now, "COEFFICIENTS", touched));
        })));
    }

    /** Ends the latest attachment of {@code usagePointId} in {@code role} at {@code end} (exclusive). */
    @WithTransaction
    public Uni<Attached> end(String agreementId, String usagePointId, Role role, LocalDate end) {
        return load(agreementId).chain(loaded -> clock.now().chain(now -> participants
                .ofAgreement(agreementId)
                .chain(rows -> {
                    Agreement agreement = loaded.agreement();
                    ParticipantEntity target = PerimeterRules.latest(attachments(rows), usagePointId, role, null)
                            .map(rows::get)
                            .orElseThrow(() -> new NotFound("PRM " + usagePointId + " is not attached to "
                                    + agreementId + " as " + role.code()));
                    PerimeterRules.checkEnd(target.toAttachment(), end);
                    target.endDate = end;
                    List<Attachment> changed = attachments(rows);
                    PerimeterRules.checkInvariants(agreement, changed);
                    return recorded(loaded, changed, now, "ENDED", List.of(target.toAttachment()))
                            .replaceWith(new Attached(target.toAttachment(), new AgreementOn(agreement,
                                    Paris.day(now)), false));
                })));
    }

    /** The change's events: the perimeter's, and the status history's when the change moves it. */
    private Uni<Void> recorded(Loaded loaded, List<Attachment> after, Instant now, String change,
            List<Attachment> touched) {
        return events.perimeterChanged(loaded.agreement().id(), now, change, touched)
                .chain(() -> events.statusChanged(loaded.agreement(), Lifecycle.statuses(loaded.decisions(), after),
                        now));
    }

    /** The agreement as stored in this transaction, and the operator's decisions on its status. */
    private record Loaded(Agreement agreement, History<AgreementStatus> decisions) {
    }

    /** The agreement as stored in this transaction, its statuses from its attachments before the change. */
    private Uni<Loaded> load(String agreementId) {
        return agreements.findById(agreementId)
                .onItem().ifNull().failWith(() -> new UnknownAgreement(agreementId))
                .chain(entity -> versions.ofAgreements(List.of(agreementId)).chain(stored -> participants
                        .ofAgreement(agreementId)
                        .map(rows -> {
                            List<AgreementVersionEntity> own = stored.getOrDefault(agreementId, List.of());
                            return new Loaded(entity.toAgreement(own, attachments(rows)),
                                    AgreementEntity.decisions(own));
                        })));
    }

    private static List<Attachment> attachments(List<ParticipantEntity> rows) {
        return rows.stream().map(ParticipantEntity::toAttachment).toList();
    }
}
