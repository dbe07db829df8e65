package fr.accdatahub.agreement.store;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Attachments' rows. Call within a session. */
@ApplicationScoped
public class ParticipantRepository implements PanacheRepository<ParticipantEntity> {

    public Uni<List<ParticipantEntity>> ofAgreement(String agreementId) {
        return list("agreementId", agreementId);
    }

    /** The attachments of these agreements, by agreement. */
    public Uni<Map<String, List<ParticipantEntity>>> ofAgreements(Collection<String> agreementIds) {
        return list("agreementId in ?1", agreementIds)
                .map(rows -> rows.stream().collect(Collectors.groupingBy(p -> p.agreementId)));
    }

    /** The attachments of a PRM to other agreements than {@code agreementId}. */
    public Uni<List<ParticipantEntity>> elsewhere(String usagePointId, String agreementId) {
        return list("usagePointId = ?1 and agreementId <> ?2", usagePointId, agreementId);
    }
}
