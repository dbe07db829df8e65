package fr.accdatahub.agreement;

import fr.accdatahub.agreement.api.AgreementChange;
import fr.accdatahub.agreement.api.AgreementRequest;
import fr.accdatahub.agreement.domain.Agreement;
import fr.accdatahub.agreement.domain.AgreementOn;
import fr.accdatahub.agreement.domain.AgreementStatus;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.agreement.domain.PerimeterRules;
import fr.accdatahub.agreement.domain.UnknownAgreement;
import fr.accdatahub.agreement.store.AgreementEntity;
import fr.accdatahub.agreement.store.AgreementRepository;
import fr.accdatahub.agreement.store.AgreementVersionEntity;
import fr.accdatahub.agreement.store.AgreementVersionRepository;
import fr.accdatahub.agreement.store.ParticipantEntity;
import fr.accdatahub.agreement.store.ParticipantRepository;
import fr.accdatahub.agreement.store.PmoEntity;
import fr.accdatahub.agreement.store.PmoRepository;
import fr.accdatahub.calendar.History;
import fr.accdatahub.clock.ServiceClock;
import fr.accdatahub.failure.Conflict;
import fr.accdatahub.failure.InvalidRequest;
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

    public AgreementAdministration(AgreementRepository agreements, AgreementVersionRepository versions,
            ParticipantRepository participants, PmoRepository pmos, ServiceClock clock) {
        this.agreements = agreements;
        this.versions = versions;
        this.participants = participants;
        this.pmos = pmos;
        this.clock = clock;
    }

    /** Creates an agreement, its key type and status in force from its start. */
    @WithTransaction
    public Uni<AgreementOn> create(AgreementRequest request) {
        AgreementStatus status = request.status() == null ? AgreementStatus.SUSPENDED : request.status();
        PerimeterRules.checkNewStatus(request.agreementId(), status);
        int anniversaryDay = request.anniversaryDay() != null
                ? request.anniversaryDay()
                : request.startDate().getDayOfMonth();
        if (anniversaryDay > 28) {
            throw new InvalidRequest("anniversary_day must be given, between 1 and 28, when the agreement "
                    + "starts after the 28th of a month");
        }
        return pmo(request.pmo())
                .chain(pmo -> agreementId(request.agreementId()).chain(id -> {
                    AgreementEntity agreement = new AgreementEntity();
                    agreement.id = id;
                    agreement.name = request.name();
                    agreement.startDate = request.startDate();
                    agreement.anniversaryDay = (short) anniversaryDay;
                    agreement.geographicScope = request.geographicScope();
                    agreement.pmo = pmo;
                    List<AgreementVersionEntity> first = List.of(
                            AgreementVersionEntity.of(id, AgreementVersionEntity.KEY_TYPE, request.keyType().name(),
                                    request.startDate(), null),
                            AgreementVersionEntity.of(id, AgreementVersionEntity.STATUS, status.name(),
                                    request.startDate(), null));
                    return agreements.persist(agreement).chain(() -> versions.persist(first))
                            .replaceWith(() -> new AgreementOn(agreement.toAgreement(first), request.startDate()));
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
                    return clock.today().chain(today -> participants.ofAgreement(agreementId).chain(attached -> {
                        if (change.name() != null) {
                            entity.name = change.name();
                        }
                        if (change.geographicScope() != null) {
                            entity.geographicScope = change.geographicScope();
                        }
                        Agreement changed = changed(entity.toAgreement(stored), change, today);
                        PerimeterRules.checkInvariants(changed,
                                attached.stream().map(ParticipantEntity::toAttachment).toList(), today);
                        return versions.store(agreementId, AgreementVersionEntity.KEY_TYPE, stored,
                                        changed.keyTypes(), KeyType::name)
                                .chain(() -> versions.store(agreementId, AgreementVersionEntity.STATUS, stored,
                                        changed.statuses(), AgreementStatus::name))
                                .replaceWith(new AgreementOn(changed, today));
                    }));
                }));
    }

    /** The agreement with the change's key type and status as new versions of their histories. */
    private static Agreement changed(Agreement agreement, AgreementChange change, LocalDate today) {
        History<KeyType> keyTypes = agreement.keyTypes();
        History<AgreementStatus> statuses = agreement.statuses();
        if (change.keyType() != null) {
            PerimeterRules.checkKeyTypeChange(agreement, change.effectiveDate());
            keyTypes = keyTypes.change(change.effectiveDate(), change.keyType());
        }
        if (change.status() != null) {
            LocalDate from = change.effectiveDate() != null ? change.effectiveDate()
                    : today.isBefore(agreement.startDate()) ? agreement.startDate() : today;
            PerimeterRules.checkNotBeforeStart(agreement, from);
            statuses = statuses.change(from, change.status());
        }
        return new Agreement(agreement.id(), agreement.name(), agreement.startDate(), agreement.anniversaryDay(),
                agreement.geographicScope(), agreement.pmo(), keyTypes, statuses);
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
