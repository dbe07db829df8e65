package fr.accdatahub.agreement;

import fr.accdatahub.auth.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Reading agreements and perimeters, as a caller may see them. */
@ApplicationScoped
public class AgreementService {

    static final Comparator<Participant> PERIMETER_ORDER = Comparator
            .comparing((Participant p) -> p.role)
            .thenComparing(p -> p.usagePointId)
            .thenComparing(p -> p.startDate);

    private final AgreementAccess access;

    public AgreementService(AgreementAccess access) {
        this.access = access;
    }

    @WithSession
    public Uni<List<AgreementView>> list(Caller caller) {
        return access.visible(caller).map(agreements -> agreements.stream().map(AgreementView::of).toList());
    }

    @WithSession
    public Uni<AgreementView> get(Caller caller, String agreementId) {
        return access.find(caller, agreementId).map(AgreementView::of);
    }

    /** An agreement with all its attachments, as the rules over time need them. */
    public record WithPerimeter(Agreement agreement, List<Participant> participants) {

        public List<Attachment> attachments() {
            return participants.stream().map(Participant::toAttachment).toList();
        }
    }

    @WithSession
    public Uni<WithPerimeter> withPerimeter(Caller caller, String agreementId) {
        return access.find(caller, agreementId).chain(agreement -> Participant
                .<Participant>list("agreementId", agreementId)
                .map(participants -> new WithPerimeter(agreement, participants)));
    }

    /** The perimeter: every attachment, or only those in force on {@code date}. */
    @WithSession
    public Uni<PerimeterView> perimeter(Caller caller, String agreementId, Optional<LocalDate> date) {
        return access.find(caller, agreementId).chain(agreement -> Participant
                .<Participant>list("agreementId", agreementId)
                .map(participants -> new PerimeterView(agreementId, participants.stream()
                        .filter(p -> date.isEmpty() || p.toAttachment().period().contains(date.get()))
                        .sorted(PERIMETER_ORDER)
                        .map(p -> ParticipantView.of(p, agreement.keyType))
                        .toList())));
    }
}
