package fr.accdatahub.agreement.store;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** PMOs' rows. Call within a session. */
@ApplicationScoped
public class PmoRepository implements PanacheRepository<PmoEntity> {

    public Uni<PmoEntity> bySiret(String siret) {
        return find("siret", siret).firstResult();
    }
}
