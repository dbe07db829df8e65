package fr.accdatahub.agreement;

import fr.accdatahub.agreement.domain.Agreement;
import fr.accdatahub.agreement.domain.AgreementSnapshot;
import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.UnknownAgreement;
import fr.accdatahub.agreement.store.AgreementEntity;
import fr.accdatahub.agreement.store.AgreementRepository;
import fr.accdatahub.agreement.store.ParticipantEntity;
import fr.accdatahub.agreement.store.ParticipantRepository;
import fr.accdatahub.agreement.store.PmoEntity;
import fr.accdatahub.agreement.store.PmoRepository;
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
    private final ParticipantRepository participants;
    private final PmoRepository pmos;

    public AgreementService(AgreementRepository agreements, ParticipantRepository participants, PmoRepository pmos) {
        this.agreements = agreements;
        this.participants = participants;
        this.pmos = pmos;
    }

    @WithSession
    public Uni<List<Agreement>> list(Caller caller) {
        return agreements.visible(caller).map(AgreementService::toAgreements);
    }

    @WithSession
    public Uni<Agreement> get(Caller caller, String agreementId) {
        return visible(caller, agreementId).map(AgreementEntity::toAgreement);
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

    /** Every agreement that is not terminated. */
    @WithSession
    public Uni<List<Agreement>> notTerminated() {
        return agreements.notTerminated().map(AgreementService::toAgreements);
    }

    /** The agreement with its perimeter in order: every attachment, or only those in force on {@code date}. */
    public Uni<AgreementSnapshot> perimeter(Caller caller, String agreementId, Optional<LocalDate> date) {
        return snapshot(caller, agreementId).map(snapshot -> new AgreementSnapshot(snapshot.agreement(),
                snapshot.attachments().stream()
                        .filter(a -> date.isEmpty() || a.period().contains(date.get()))
                        .sorted(PERIMETER_ORDER)
                        .toList()));
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
        return participants.ofAgreement(agreement.id).map(rows -> new AgreementSnapshot(agreement.toAgreement(),
                rows.stream().map(ParticipantEntity::toAttachment).toList()));
    }

    private static List<Agreement> toAgreements(List<AgreementEntity> entities) {
        return entities.stream().map(AgreementEntity::toAgreement).toList();
    }
}
