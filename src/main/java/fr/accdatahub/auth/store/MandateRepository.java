package fr.accdatahub.auth.store;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Mandates' rows. Call within a session. */
@ApplicationScoped
public class MandateRepository implements PanacheRepositoryBase<MandateEntity, MandateEntity.Key> {

    public Uni<Long> deleteMandate(String clientId, String agreementId) {
        return delete("clientId = ?1 and agreementId = ?2", clientId, agreementId);
    }
}
