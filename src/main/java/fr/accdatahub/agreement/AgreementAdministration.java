package fr.accdatahub.agreement;

import fr.accdatahub.agreement.api.AgreementChange;
import fr.accdatahub.agreement.api.AgreementRequest;
import fr.accdatahub.agreement.domain.Agreement;
import fr.accdatahub.agreement.domain.AgreementStatus;
import fr.accdatahub.agreement.domain.PerimeterRules;
import fr.accdatahub.agreement.domain.UnknownAgreement;
import fr.accdatahub.agreement.store.AgreementEntity;
import fr.accdatahub.agreement.store.AgreementRepository;
import fr.accdatahub.agreement.store.ParticipantEntity;
import fr.accdatahub.agreement.store.ParticipantRepository;
import fr.accdatahub.agreement.store.PmoEntity;
import fr.accdatahub.agreement.store.PmoRepository;
import fr.accdatahub.clock.ServiceClock;
import fr.accdatahub.failure.Conflict;
import fr.accdatahub.failure.InvalidRequest;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The operator's changes to agreements themselves: creation, name, status, key type. */
@ApplicationScoped
public class AgreementAdministration {

    private final AgreementRepository agreements;
    private final ParticipantRepository participants;
    private final PmoRepository pmos;
    private final ServiceClock clock;

    public AgreementAdministration(AgreementRepository agreements, ParticipantRepository participants,
            PmoRepository pmos, ServiceClock clock) {
        this.agreements = agreements;
        this.participants = participants;
        this.pmos = pmos;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Agreement> create(AgreementRequest request) {
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
                    agreement.status = status;
                    agreement.keyType = request.keyType();
                    agreement.startDate = request.startDate();
                    agreement.anniversaryDay = (short) anniversaryDay;
                    agreement.geographicScope = request.geographicScope();
                    agreement.pmo = pmo;
                    return agreements.persist(agreement);
                }))
                .map(AgreementEntity::toAgreement);
    }

    @WithTransaction
    public Uni<Agreement> change(String agreementId, AgreementChange change) {
        return agreements.findById(agreementId)
                .onItem().ifNull().failWith(() -> new UnknownAgreement(agreementId))
                .chain(agreement -> clock.today().chain(today -> participants.ofAgreement(agreementId)
                        .map(attached -> {
                            apply(agreement, change);
                            PerimeterRules.checkInvariants(agreement.toAgreement(),
                                    attached.stream().map(ParticipantEntity::toAttachment).toList(), today);
                            return agreement.toAgreement();
                        })));
    }

    private static void apply(AgreementEntity agreement, AgreementChange change) {
        if (change.name() != null) {
            agreement.name = change.name();
        }
        if (change.geographicScope() != null) {
            agreement.geographicScope = change.geographicScope();
        }
        if (change.keyType() != null) {
            agreement.keyType = change.keyType();
        }
        if (change.status() != null) {
            agreement.status = change.status();
        }
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
