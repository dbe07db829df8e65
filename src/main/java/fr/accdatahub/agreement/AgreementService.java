package fr.accdatahub.agreement;

import fr.accdatahub.agreement.domain.Agreement;
import fr.accdatahub.agreement.domain.AgreementOn;
import fr.accdatahub.agreement.domain.AgreementSnapshot;
import fr.accdatahub.agreement.domain.AgreementStatus;
import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.PerimeterOn;
import fr.accdatahub.agreement.domain.UnknownAgreement;
import fr.accdatahub.agreement.store.AgreementReads;
import fr.accdatahub.agreement.store.AgreementRepository;
import fr.accdatahub.agreement.store.ParticipantRepository;
import fr.accdatahub.agreement.store.PmoEntity;
import fr.accdatahub.agreement.store.PmoRepository;
import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.clock.ServiceClock;
import fr.accdatahub.failure.Forbidden;
import fr.accdatahub.identity.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reading agreements and perimeters, as a caller may see them; how every other feature reads an agreement. An
 * agreement the caller may not see is answered exactly like one that does not exist.
 */
@ApplicationScoped
public class AgreementService {

    /** The perimeter's order: by role, PRM, then start. */
    public static final Comparator<Attachment> PERIMETER_ORDER = Comparator
            .comparing(Attachment::role)
            .thenComparing(Attachment::usagePointId)
            .thenComparing(a -> a.period().start());

    private final AgreementReads reads;
    private final AgreementRepository agreements;
    private final ParticipantRepository participants;
    private final PmoRepository pmos;
    private final ServiceClock clock;

    public AgreementService(AgreementReads reads, AgreementRepository agreements, ParticipantRepository participants,
            PmoRepository pmos, ServiceClock clock) {
        this.reads = reads;
        this.agreements = agreements;
        this.participants = participants;
        this.pmos = pmos;
        this.clock = clock;
    }

    /** The agreements the caller may see, as they are today. */
    public Uni<List<AgreementOn>> list(Caller caller) {
        return reads.visible(caller)
                .chain(list -> clock.today().map(today -> list.stream().map(a -> new AgreementOn(a, today)).toList()));
    }

    /** The ids of the agreements the caller may see. */
    public Uni<List<String>> visibleIds(Caller caller) {
        return reads.visibleIds(caller);
    }

    /** The agreement as it was on {@code date}, or as it is today. */
    public Uni<AgreementOn> get(Caller caller, String agreementId, Optional<LocalDate> date) {
        return reads.visible(caller, agreementId)
                .map(orUnknown(agreementId))
                .chain(agreement -> on(date).map(day -> new AgreementOn(agreement, day)));
    }

    /** Whether the caller may see the agreement (a 404 otherwise). */
    public Uni<Void> requireVisible(Caller caller, String agreementId) {
        return reads.visible(caller, agreementId)
                .map(orUnknown(agreementId))
                .replaceWithVoid();
    }

    /**
     * Nothing when the caller is the operator or a client of the agreement's own PMO; a 403 when it sees the agreement
     * only through a mandate (what is the PMO's alone: its mandates, its audit trail); a 404 when it cannot see it.
     */
    public Uni<Void> requireOwn(Caller caller, String agreementId) {
        return requireVisible(caller, agreementId)
                .chain(() -> caller.isOperator() ? Uni.createFrom().item(true) : ownedBy(caller.pmoId(), agreementId))
                .map(own -> {
                    if (!own) {
                        throw new Forbidden("This is shown to " + agreementId + "'s PMO and the operator only, not "
                                + "through a mandate");
                    }
                    return null;
                });
    }

    /** Whether the agreement is one of that PMO's own (false for a null PMO). */
    public Uni<Boolean> ownedBy(Long pmoId, String agreementId) {
        return pmoId == null ? Uni.createFrom().item(false) : reads.ownedBy(pmoId, agreementId);
    }

    /** The agreement with its whole perimeter, if the caller may see it. */
    public Uni<AgreementSnapshot> snapshot(Caller caller, String agreementId) {
        return reads.snapshot(caller, agreementId).map(orUnknown(agreementId));
    }

    /** The agreement with its whole perimeter, for the operator's own work (curves, calculations). */
    public Uni<AgreementSnapshot> snapshot(String agreementId) {
        return reads.snapshot(agreementId).map(orUnknown(agreementId));
    }

    /** The agreement with its dated key type and status, for the operator's own work. */
    public Uni<Agreement> agreement(String agreementId) {
        return reads.one(agreementId).map(orUnknown(agreementId));
    }

    /** Every agreement that is not terminated by {@code day}. */
    public Uni<List<Agreement>> notTerminated(LocalDate day) {
        return reads.all().map(list -> list.stream()
                .filter(agreement -> agreement.status(day) != AgreementStatus.TERMINATED)
                .toList());
    }

    /**
     * The agreement with its perimeter in order, read on {@code date} (or today): every attachment, or only those in
     * force that day when a date is given.
     */
    public Uni<PerimeterOn> perimeter(Caller caller, String agreementId, Optional<LocalDate> date) {
        return snapshot(caller, agreementId).chain(snapshot -> on(date).map(day -> new PerimeterOn(
                new AgreementOn(snapshot.agreement(), day), snapshot.attachments().stream()
                        .filter(a -> date.isEmpty() || a.period().contains(date.get()))
                        .sorted(PERIMETER_ORDER)
                        .toList())));
    }

    /** Nothing when the agreement exists, a 404 otherwise; in the caller's transaction, if it has one. */
    @WithSession
    public Uni<Void> requireExists(String agreementId) {
        return exists(agreementId).map(exists -> {
            if (!exists) {
                throw new UnknownAgreement(agreementId);
            }
            return null;
        });
    }

    /** Whether the agreement exists, in the caller's transaction if it has one. */
    @WithSession
    public Uni<Boolean> exists(String agreementId) {
        return agreements.findById(agreementId).map(agreement -> agreement != null);
    }

    /** Whether a PRM is attached to another agreement than {@code agreementId} on {@code from} or after. */
    @WithSession
    public Uni<Boolean> attachedElsewhere(String usagePointId, String agreementId, LocalDate from) {
        DatePeriod onwards = new DatePeriod(from, null);
        return participants.elsewhere(usagePointId, agreementId)
                .map(rows -> rows.stream().anyMatch(p -> p.toAttachment().period().overlaps(onwards)));
    }

    /** The id of the PMO with this SIRET, or null. */
    @WithSession
    public Uni<Long> pmoId(String siret) {
        return pmos.bySiret(siret).map(pmo -> pmo == null ? null : pmo.id);
    }

    /** Every PMO's SIRET by its id. */
    @WithSession
    public Uni<Map<Long, String>> pmoSirets() {
        return pmos.listAll().map(list -> list.stream().collect(Collectors.toMap(p -> p.id, (PmoEntity p) -> p.siret)));
    }

    /** The agreement found, or a 404. */
    private static <T> Function<Optional<T>, T> orUnknown(String agreementId) {
        return found -> found.orElseThrow(() -> new UnknownAgreement(agreementId));
    }

    private Uni<LocalDate> on(Optional<LocalDate> date) {
        return date.map(day -> Uni.createFrom().item(day)).orElseGet(clock::today);
    }
}
