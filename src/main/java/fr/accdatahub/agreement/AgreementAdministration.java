package fr.accdatahub.agreement;

import fr.accdatahub.calendar.ServiceClock;
import fr.accdatahub.error.ApiException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/** The operator's changes to agreements themselves: creation, name, status, key type. */
@ApplicationScoped
public class AgreementAdministration {

    private final ServiceClock clock;

    public AgreementAdministration(ServiceClock clock) {
        this.clock = clock;
    }

    @WithTransaction
    public Uni<AgreementView> create(AgreementRequest request) {
        AgreementStatus status = request.status() == null ? AgreementStatus.SUSPENDED : request.status();
        if (status == AgreementStatus.ACTIVE) {
            throw PerimeterConflicts.incomplete(request.agreementId() == null ? "a new agreement" : request.agreementId());
        }
        int anniversaryDay = request.anniversaryDay() != null
                ? request.anniversaryDay()
                : request.startDate().getDayOfMonth();
        if (anniversaryDay > 28) {
            throw ApiException.badRequest("anniversary_day must be given, between 1 and 28, when the agreement "
                    + "starts after the 28th of a month");
        }
        return pmo(request.pmo())
                .chain(pmo -> agreementId(request.agreementId()).chain(id -> {
                    Agreement agreement = new Agreement();
                    agreement.id = id;
                    agreement.name = request.name();
                    agreement.status = status;
                    agreement.keyType = request.keyType();
                    agreement.startDate = request.startDate();
                    agreement.anniversaryDay = (short) anniversaryDay;
                    agreement.geographicScope = request.geographicScope();
                    agreement.pmo = pmo;
                    return agreement.<Agreement>persist();
                }))
                .map(AgreementView::of);
    }

    @WithTransaction
    public Uni<AgreementView> change(String agreementId, AgreementChange change) {
        return Agreement.<Agreement>findById(agreementId)
                .onItem().ifNull().failWith(() -> AgreementAccess.unknown(agreementId))
                .chain(agreement -> clock.today().chain(today -> Participant.<Participant>list("agreementId", agreementId)
                        .map(participants -> {
                            apply(agreement, change, participants, today);
                            return AgreementView.of(agreement);
                        })));
    }

    private static void apply(Agreement agreement, AgreementChange change, List<Participant> participants,
            LocalDate today) {
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
        PerimeterAdministration.checkInvariants(agreement, participants.stream().map(Participant::toAttachment).toList(),
                today);
    }

    private static Uni<Pmo> pmo(AgreementRequest.PmoRequest request) {
        return Pmo.findBySiret(request.siret()).chain(existing -> {
            if (existing == null) {
                Pmo pmo = new Pmo();
                pmo.siret = request.siret();
                pmo.name = request.name();
                return pmo.persist();
            }
            if (!existing.name.equals(request.name())) {
                throw ApiException.conflict("pmo_name_mismatch",
                        "PMO " + request.siret() + " is registered as '" + existing.name + "'");
            }
            return Uni.createFrom().item(existing);
        });
    }

    private static Uni<String> agreementId(String requested) {
        if (requested == null) {
            return Panache.getSession()
                    .chain(session -> session.createNativeQuery("SELECT nextval('agreement_number')", Long.class)
                            .getSingleResult())
                    .chain(number -> {
                        String id = "ACC%08d".formatted(number);
                        return Agreement.findById(id).chain(taken -> taken == null
                                ? Uni.createFrom().item(id)
                                : agreementId(null));
                    });
        }
        return Agreement.findById(requested).map(existing -> {
            if (existing != null) {
                throw ApiException.conflict("agreement_exists", "Agreement " + requested + " already exists");
            }
            return requested;
        });
    }
}
