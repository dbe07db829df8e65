package fr.accdatahub.agreement;

import fr.accdatahub.agreement.api.AgreementChange;
import fr.accdatahub.agreement.api.AgreementRequest;
import fr.accdatahub.agreement.domain.Agreement;
import fr.accdatahub.agreement.domain.AgreementOn;
import fr.accdatahub.agreement.domain.AgreementStatus;
import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.agreement.domain.Lifecycle;
import fr.accdatahub.agreement.domain.PerimeterRules;
import fr.accdatahub.agreement.domain.UnknownAgreement;
import fr.accdatahub.agreement.store.AgreementEntity;
import fr.accdatahub.agreement.store.AgreementEvents;
import fr.accdatahub.agreement.store.AgreementRepository;
import fr.accdatahub.agreement.store.AgreementVersionEntity;
import fr.accdatahub.agreement.store.AgreementVersionRepository;
import fr.accdatahub.agreement.store.ParticipantEntity;
import fr.accdatahub.agreement.store.ParticipantRepository;
import fr.accdatahub.agreement.store.PmoEntity;
import fr.accdatahub.agreement.store.PmoRepository;
import fr.accdatahub.calendar.History;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.clock.ServiceClock;
import fr.accdatahub.failure.Conflict;
import fr.accdatahub.request.domain.PmoRequest;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/** The operator's changes to agreements themselves: creation, name, status, key type. */
@ApplicationScoped
public class AgreementAdministration {

    private final AgreementRepository agreements;
    private final AgreementVersionRepository versions;
    private final ParticipantRepository participants;
    private final PmoRepository pmos;
    private final ServiceClock clock;
    private final AgreementEvents events;

    public AgreementAdministration(AgreementRepository agreements, AgreementVersionRepository versions,
            ParticipantRepository participants, PmoRepository pmos, ServiceClock clock, AgreementEvents events) {
        this.agreements = agreements;
        this.versions = versions;
        this.participants = participants;
        this.pmos = pmos;
        this.clock = clock;
        this.events = events;
    }

    /** Creates an agreement, its key type and status in force from its start. */
    @WithTransaction
    public Uni<AgreementOn> create(AgreementRequest request) {
        AgreementStatus status = request.status() == null ? AgreementStatus.ACTIVE : request.status();
        int anniversaryDay = request.anniversaryDay() != null
                ? request.anniversaryDay()
                : request.startDate().getDayOfMonth();
        return pmo(request.pmo())
                .chain(pmo -> agreementId(request.agreementId()).chain(id -> {
                    AgreementEntity agreement = new AgreementEntity();
                    agreement.id = id;
                    agreement.name = request.name();
                    agreement.startDate = request.startDate();
                    agreement.anniversaryDay = (short) anniversaryDay;
                    agreement.geographicScope = request.geographicScope();
                    agreement.geographicCategory = request.geographicCategory();
                    agreement.inseeCode = request.inseeCode();
                    agreement.hlm = request.hlm();
                    agreement.pmo = pmo;
                    List<AgreementVersionEntity> first = List.of(
                            AgreementVersionEntity.of(id, AgreementVersionEntity.KEY_TYPE, request.keyType().name(),
                                    request.startDate(), null),
                            AgreementVersionEntity.of(id, AgreementVersionEntity.STATUS, status.name(),
                                    request.startDate(), null));
                    return agreements.persist(agreement).chain(() -> versions.persist(first))
                            .replaceWith(() -> new AgreementOn(agreement.toAgreement(first, List.of()),
                                    request.startDate()));
                }));
    }

    /**
     * Changes an agreement: its name and scope at once; its key type from the start of a calculation period and its
     * status from a day (today by default), each as a new version of its history.
     */
    @WithTransaction
    public Uni<AgreementOn> change(String agreementId, AgreementChange change) {
        return agreements.findById(agreementId)
                .onItem().ifNull().failWith(() -> new UnknownAgreement(agreementId))
                .chain(entity -> versions.ofAgreements(List.of(agreementId)).chain(byAgreement -> {
                    List<AgreementVersionEntity> stored = byAgreement.getOrDefault(agreementId, List.of());
                    return clock.now().chain(now -> participants.ofAgreement(agreementId).chain(rows -> {
                        LocalDate today = Paris.day(now);
                        if (change.name() != null) {
                            entity.name = change.name();
                        }
                        if (change.geographicScope() != null) {
                            entity.geographicScope = change.geographicScope();
                        }
                        if (change.geographicCategory() != null) {
                            entity.geographicCategory = change.geographicCategory();
                        }
                        if (change.inseeCode() != null) {
                            entity.inseeCode = change.inseeCode();
                        }
                        if (change.hlm() != null) {
                            entity.hlm = change.hlm();
                        }
                        List<Attachment> attachments = rows.stream().map(ParticipantEntity::toAttachment).toList();
                        Agreement agreement = entity.toAgreement(stored, attachments);
                        History<KeyType> keyTypes = keyTypes(agreement, change);
                        History<AgreementStatus> decisions = decisions(agreement, AgreementEntity.decisions(stored),
                                change, today);
                        Agreement changed = new Agreement(agreement.id(), agreement.name(), agreement.startDate(),
                                agreement.anniversaryDay(), agreement.geographicScope(), agreement.geographicCategory(),
                                agreement.inseeCode(), agreement.hlm(), agreement.pmo(), keyTypes,
                                Lifecycle.statuses(decisions, attachments));
                        PerimeterRules.checkInvariants(changed, attachments);
                        return versions.store(agreementId, AgreementVersionEntity.KEY_TYPE, stored, keyTypes,
                                        KeyType::name)
                                .chain(() -> versions.store(agreementId, AgreementVersionEntity.STATUS, stored,
                                        decisions, AgreementStatus::name))
                                .chain(() -> events.statusChanged(agreement, changed.statuses(), now))
                                .replaceWith(new AgreementOn(changed, today));
                    }));
                }));
    }

    /** The key types with the change's, from its effective date (the start of a period). */
    private static History<KeyType> keyTypes(Agreement agreement, AgreementChange change) {
        if (change.keyType() == null) {
            return agreement.keyTypes();
        }
        PerimeterRules.checkKeyTypeChange(agreement, change.effectiveDate());
        return agreement.keyTypes().change(change.effectiveDate(), change.keyType());
    }

    /**
     * The operator's decisions with the change's status, from its effective date: today, or the agreement's start if
     * later, when none is given.
     */
    private static History<AgreementStatus> decisions(Agreement agreement, History<AgreementStatus> decisions,
            AgreementChange change, LocalDate today) {
        if (change.status() == null) {
            return decisions;
        }
        LocalDate from = change.effectiveDate() != null ? change.effectiveDate()
                : today.isBefore(agreement.startDate()) ? agreement.startDate() : today;
        PerimeterRules.checkNotBeforeStart(agreement, from);
        return decisions.change(from, change.status());
    }

    private Uni<PmoEntity> pmo(AgreementRequest.PmoRequest request) {
        return pmos.bySiret(request.siret()).chain(existing -> {
            if (existing == null) {
                PmoEntity pmo = new PmoEntity();
                pmo.siret = request.siret();
                pmo.name = request.name();
                return pmos.persist(pmo);
            }
            if (!existing.name.equals(request.name())) {
                throw new Conflict("pmo_name_mismatch",
                        "PMO " + request.siret() + " is registered as '" + existing.name + "'");
            }
            return Uni.createFrom().item(existing);
        });
    }

    private Uni<String> agreementId(String requested) {
        if (requested == null) {
            return agreements.nextNumber().chain(number -> {
                String id = "ACC%08d".formatted(number);
                return agreements.findById(id).chain(taken -> taken == null
                        ? Uni.createFrom().item(id)
                        : agreementId(null));
            });
        }
        return agreements.findById(requested).map(existing -> {
            if (existing != null) {
                throw new Conflict("agreement_exists", "Agreement " + requested + " already exists");
            }
            return requested;
        });
    }
}
