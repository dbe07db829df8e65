package fr.accdatahub.agreement;

import fr.accdatahub.agreement.api.AttachmentRequest;
import fr.accdatahub.agreement.domain.Agreement;
import fr.accdatahub.agreement.domain.AgreementOn;
import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.PerimeterRules;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.agreement.domain.UnknownAgreement;
import fr.accdatahub.agreement.store.AgreementRepository;
import fr.accdatahub.agreement.store.AgreementVersionRepository;
import fr.accdatahub.agreement.store.ParticipantEntity;
import fr.accdatahub.agreement.store.ParticipantRepository;
import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.clock.ServiceClock;
import fr.accdatahub.failure.NotFound;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
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

    public PerimeterAdministration(AgreementRepository agreements, AgreementVersionRepository versions,
            ParticipantRepository participants, ServiceClock clock) {
        this.agreements = agreements;
        this.versions = versions;
        this.participants = participants;
        this.clock = clock;
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
        return load(agreementId).chain(agreement -> clock.today().chain(today -> participants
                .elsewhere(usagePointId, agreementId)
                .chain(elsewhere -> participants.ofAgreement(agreementId).chain(rows -> {
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
                    target.takeMasterData(request.masterData());
                    List<ParticipantEntity> after = new ArrayList<>(rows);
                    if (created) {
                        after.add(target);
                    }
                    List<Attachment> changed = attachments(after);
                    PerimeterRules.checkNoOverlap(after.indexOf(target), changed);
                    PerimeterRules.checkInvariants(agreement, changed);
                    return participants.persist(target)
                            .map(stored -> new Attached(stored.toAttachment(), new AgreementOn(agreement, today),
                                    created));
                }))));
    }

    /**
     * Gives consumers new static coefficients from {@code from} on, without rewriting the past: each consumer's
     * attachment in force that day ends there and a new one, the same but for its coefficient, starts (or, when it
     * starts that very day, takes the coefficient). The perimeter's rules are checked once all are changed.
     */
    @WithTransaction
    public Uni<Void> changeCoefficients(String agreementId, Map<String, BigDecimal> coefficients, LocalDate from) {
        return load(agreementId).chain(agreement -> participants.ofAgreement(agreementId).chain(rows -> {
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
            PerimeterRules.checkInvariants(agreement, attachments(after));
            // the ended attachments are written first: one attachment per PRM and role at a time
            return added.isEmpty() ? Uni.createFrom().voidItem()
                    : participants.flush().chain(() -> participants.persist(added));
        }));
    }

    /** Ends the latest attachment of {@code usagePointId} in {@code role} at {@code end} (exclusive). */
    @WithTransaction
    public Uni<Attached> end(String agreementId, String usagePointId, Role role, LocalDate end) {
        return load(agreementId).chain(agreement -> clock.today().chain(today -> participants
                .ofAgreement(agreementId)
                .map(rows -> {
                    ParticipantEntity target = PerimeterRules.latest(attachments(rows), usagePointId, role, null)
                            .map(rows::get)
                            .orElseThrow(() -> new NotFound("PRM " + usagePointId + " is not attached to "
                                    + agreementId + " as " + role.code()));
                    PerimeterRules.checkEnd(target.toAttachment(), end);
                    target.endDate = end;
                    PerimeterRules.checkInvariants(agreement, attachments(rows));
                    return new Attached(target.toAttachment(), new AgreementOn(agreement, today), false);
                })));
    }

    /** The agreement as stored in this transaction, its statuses from its attachments before the change. */
    private Uni<Agreement> load(String agreementId) {
        return agreements.findById(agreementId)
                .onItem().ifNull().failWith(() -> new UnknownAgreement(agreementId))
                .chain(entity -> versions.ofAgreements(List.of(agreementId)).chain(stored -> participants
                        .ofAgreement(agreementId)
                        .map(rows -> entity.toAgreement(stored.getOrDefault(agreementId, List.of()), attachments(rows)))));
    }

    private static List<Attachment> attachments(List<ParticipantEntity> rows) {
        return rows.stream().map(ParticipantEntity::toAttachment).toList();
    }
}
