package fr.accdatahub.agreement;

import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.calendar.ServiceClock;
import fr.accdatahub.error.ApiException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The operator's changes to a perimeter: attaching a PRM in a role, ending an attachment. Every change is checked
 * against the rules of §3 before it is stored: one agreement per PRM at a time, consumers' static coefficients at
 * most 100 % on any day, an ACTIVE agreement keeps a producer and a consumer.
 */
@ApplicationScoped
public class PerimeterAdministration {

    private final ServiceClock clock;

    public PerimeterAdministration(ServiceClock clock) {
        this.clock = clock;
    }

    /** The outcome of an attachment: the attachment as stored, and whether it is a new one. */
    public record Attached(ParticipantView participant, boolean created) {
    }

    /**
     * Attaches {@code usagePointId} in {@code role}. The latest attachment of that PRM and role is updated when the
     * new period overlaps it; otherwise a new attachment is made (a PRM that left and comes back).
     */
    @WithTransaction
    public Uni<Attached> attach(String agreementId, String usagePointId, Role role, AttachmentRequest request) {
        return load(agreementId).chain(agreement -> clock.today().chain(today -> Participant
                .<Participant>list("usagePointId = ?1 and agreementId <> ?2", usagePointId, agreementId)
                .chain(elsewhere -> Participant.<Participant>list("agreementId", agreementId).chain(participants -> {
                    DatePeriod period = period(agreement, request);
                    checkCoefficient(agreement, usagePointId, role, request);
                    checkNotAttachedElsewhere(usagePointId, period, elsewhere);
                    Optional<Participant> latest = latest(participants, usagePointId, role, period.end());
                    Participant target = latest.filter(p -> p.toAttachment().period().overlaps(period))
                            .orElseGet(Participant::new);
                    boolean created = target.id == null;
                    target.agreementId = agreementId;
                    target.usagePointId = usagePointId;
                    target.role = role;
                    target.startDate = period.start();
                    target.endDate = period.end();
                    target.name = request.name();
                    target.staticCoefficient = request.staticCoefficient();
                    target.offpeakHours = request.offpeakHours();
                    List<Participant> after = created ? with(participants, target) : participants;
                    checkNoOverlap(target, after);
                    checkInvariants(agreement, after.stream().map(Participant::toAttachment).toList(), today);
                    return target.<Participant>persist()
                            .map(stored -> new Attached(ParticipantView.of(stored, agreement.keyType), created));
                }))));
    }

    /** Ends the latest attachment of {@code usagePointId} in {@code role} at {@code end} (exclusive). */
    @WithTransaction
    public Uni<ParticipantView> end(String agreementId, String usagePointId, Role role, LocalDate end) {
        return load(agreementId).chain(agreement -> clock.today().chain(today -> Participant
                .<Participant>list("agreementId", agreementId)
                .map(participants -> {
                    Participant target = latest(participants, usagePointId, role, null).orElseThrow(() ->
                            ApiException.notFound("PRM " + usagePointId + " is not attached to " + agreementId
                                    + " as " + role.code()));
                    if (!end.isAfter(target.startDate)) {
                        throw ApiException.badRequest("end " + end + " must be after the attachment's start "
                                + target.startDate);
                    }
                    target.endDate = end;
                    checkInvariants(agreement, participants.stream().map(Participant::toAttachment).toList(), today);
                    return ParticipantView.of(target, agreement.keyType);
                })));
    }

    /** The rules that hold over a whole perimeter, whatever changed. */
    static void checkInvariants(Agreement agreement, List<Attachment> attachments, LocalDate today) {
        Perimeter perimeter = new Perimeter(attachments);
        if (agreement.status == AgreementStatus.ACTIVE
                && !(perimeter.hasAttachmentFrom(Role.CONS, today) && perimeter.hasAttachmentFrom(Role.PROD, today))) {
            throw PerimeterConflicts.incomplete(agreement.id);
        }
        if (agreement.keyType == KeyType.STATIC) {
            attachments.stream()
                    .filter(a -> a.role() == Role.CONS && a.staticCoefficient() == null)
                    .findFirst()
                    .ifPresent(a -> {
                        throw PerimeterConflicts.missingStaticCoefficient(a.usagePointId());
                    });
            if (perimeter.highestStaticTotal().compareTo(Perimeter.HUNDRED) > 0) {
                throw PerimeterConflicts.staticTotalOver100(agreement.id);
            }
        }
    }

    private static Uni<Agreement> load(String agreementId) {
        return Agreement.<Agreement>findById(agreementId)
                .onItem().ifNull().failWith(() -> AgreementAccess.unknown(agreementId));
    }

    private static DatePeriod period(Agreement agreement, AttachmentRequest request) {
        if (request.end() != null && !request.end().isAfter(request.start())) {
            throw ApiException.badRequest("end " + request.end() + " must be after start " + request.start());
        }
        if (request.start().isBefore(agreement.startDate)) {
            throw ApiException.conflict("attachment_before_agreement", "An attachment cannot start before the "
                    + "agreement's start date " + agreement.startDate);
        }
        return new DatePeriod(request.start(), request.end());
    }

    private static void checkCoefficient(Agreement agreement, String usagePointId, Role role,
            AttachmentRequest request) {
        boolean staticConsumer = agreement.keyType == KeyType.STATIC && role == Role.CONS;
        if (staticConsumer && request.staticCoefficient() == null) {
            throw ApiException.badRequest("static_coefficient is required for a consumer of a STATIC agreement");
        }
        if (!staticConsumer && request.staticCoefficient() != null) {
            throw ApiException.badRequest("static_coefficient applies only to consumers of STATIC agreements, not to "
                    + usagePointId + " as " + role.code() + " in a " + agreement.keyType + " agreement");
        }
    }

    private static void checkNotAttachedElsewhere(String usagePointId, DatePeriod period, List<Participant> elsewhere) {
        elsewhere.stream()
                .filter(p -> p.toAttachment().period().overlaps(period))
                .findFirst()
                .ifPresent(p -> {
                    throw ApiException.conflict("prm_already_attached", "PRM " + usagePointId
                            + " is attached to " + p.agreementId + " from " + p.startDate
                            + (p.endDate == null ? "" : " to " + p.endDate));
                });
    }

    private static void checkNoOverlap(Participant target, List<Participant> participants) {
        participants.stream()
                .filter(p -> p != target && p.usagePointId.equals(target.usagePointId) && p.role == target.role)
                .filter(p -> p.toAttachment().period().overlaps(target.toAttachment().period()))
                .findFirst()
                .ifPresent(p -> {
                    throw ApiException.conflict("attachment_overlap", "PRM " + target.usagePointId + " already has an "
                            + "attachment as " + target.role.code() + " from " + p.startDate);
                });
    }

    /** The latest attachment of a PRM in a role, among those starting before {@code before} when given. */
    private static Optional<Participant> latest(List<Participant> participants, String usagePointId, Role role,
            LocalDate before) {
        return participants.stream()
                .filter(p -> p.usagePointId.equals(usagePointId) && p.role == role)
                .filter(p -> before == null || p.startDate.isBefore(before))
                .max(Comparator.comparing(p -> p.startDate));
    }

    private static List<Participant> with(List<Participant> participants, Participant added) {
        return Stream.concat(participants.stream(), Stream.of(added)).toList();
    }
}
