package fr.accdatahub.agreement;

import fr.accdatahub.agreement.domain.Agreement;
import fr.accdatahub.agreement.domain.AgreementOn;
import fr.accdatahub.agreement.domain.AgreementSnapshot;
import fr.accdatahub.agreement.domain.AgreementStatus;
import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.PerimeterOn;
import fr.accdatahub.agreement.domain.UnknownAgreement;
import fr.accdatahub.agreement.store.AgreementEntity;
import fr.accdatahub.agreement.store.AgreementRepository;
import fr.accdatahub.agreement.store.AgreementVersionRepository;
import fr.accdatahub.agreement.store.ParticipantEntity;
import fr.accdatahub.agreement.store.ParticipantRepository;
import fr.accdatahub.agreement.store.PmoEntity;
import fr.accdatahub.agreement.store.PmoRepository;
import fr.accdatahub.clock.ServiceClock;
import fr.accdatahub.identity.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private final AgreementRepository agreements;
    private final AgreementVersionRepository versions;
    private final ParticipantRepository participants;
    private final PmoRepository pmos;
    private final ServiceClock clock;

    public AgreementService(AgreementRepository agreements, AgreementVersionRepository versions,
            ParticipantRepository participants, PmoRepository pmos, ServiceClock clock) {
        this.agreements = agreements;
        this.versions = versions;
        this.participants = participants;
        this.pmos = pmos;
        this.clock = clock;
    }

    /** The agreements the caller may see, as they are today. */
    @WithSession
    public Uni<List<AgreementOn>> list(Caller caller) {
        return agreements.visible(caller).chain(this::withVersions)
                .chain(list -> clock.today().map(today -> list.stream().map(a -> new AgreementOn(a, today)).toList()));
    }

    /** The agreement as it was on {@code date}, or as it is today. */
    @WithSession
    public Uni<AgreementOn> get(Caller caller, String agreementId, Optional<LocalDate> date) {
        return visible(caller, agreementId).chain(this::withVersions).map(list -> list.get(0))
                .chain(agreement -> on(date).map(day -> new AgreementOn(agreement, day)));
    }

    /** Whether the caller may see the agreement (a 404 otherwise). */
    @WithSession
    public Uni<Void> requireVisible(Caller caller, String agreementId) {
        return visible(caller, agreementId).replaceWithVoid();
    }

    /** The agreement with its whole perimeter, if the caller may see it. */
    @WithSession
    public Uni<AgreementSnapshot> snapshot(Caller caller, String agreementId) {
        return visible(caller, agreementId).chain(this::withAttachments);
    }

    /** The agreement with its whole perimeter, for the operator's own work (curves, calculations). */
    @WithSession
    public Uni<AgreementSnapshot> snapshot(String agreementId) {
        return existing(agreementId).chain(this::withAttachments);
    }

    /** The agreement with its dated key type and status, for the operator's own work. */
    @WithSession
    public Uni<Agreement> agreement(String agreementId) {
        return existing(agreementId).chain(this::withVersions).map(list -> list.get(0));
    }

    /** Every agreement that is not terminated by {@code day}. */
    @WithSession
    public Uni<List<Agreement>> notTerminated(LocalDate day) {
        return agreements.listAll().chain(this::withVersions).map(list -> list.stream()
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

    /** Nothing when the agreement exists, a 404 otherwise. */
    @WithSession
    public Uni<Void> requireExists(String agreementId) {
        return existing(agreementId).replaceWithVoid();
    }

    @WithSession
    public Uni<Boolean> exists(String agreementId) {
        return agreements.findById(agreementId).map(agreement -> agreement != null);
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

    private Uni<AgreementEntity> visible(Caller caller, String agreementId) {
        return agreements.visible(caller, agreementId)
                .onItem().ifNull().failWith(() -> new UnknownAgreement(agreementId));
    }

    private Uni<AgreementEntity> existing(String agreementId) {
        return agreements.findById(agreementId).onItem().ifNull().failWith(() -> new UnknownAgreement(agreementId));
    }

    private Uni<AgreementSnapshot> withAttachments(AgreementEntity agreement) {
        return withVersions(List.of(agreement)).chain(read -> participants.ofAgreement(agreement.id)
                .map(rows -> new AgreementSnapshot(read.get(0),
                        rows.stream().map(ParticipantEntity::toAttachment).toList())));
    }

    private Uni<List<Agreement>> withVersions(AgreementEntity agreement) {
        return withVersions(List.of(agreement));
    }

    /** The agreements with their dated key types and statuses, in the same order. */
    private Uni<List<Agreement>> withVersions(List<AgreementEntity> entities) {
        if (entities.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return versions.ofAgreements(entities.stream().map(a -> a.id).toList()).map(byAgreement -> entities.stream()
                .map(a -> a.toAgreement(byAgreement.getOrDefault(a.id, List.of())))
                .toList());
    }

    private Uni<LocalDate> on(Optional<LocalDate> date) {
        return date.map(day -> Uni.createFrom().item(day)).orElseGet(clock::today);
    }
}
