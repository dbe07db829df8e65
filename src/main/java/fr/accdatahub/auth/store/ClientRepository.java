package fr.accdatahub.auth.store;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Clients' rows. Call within a session. */
@ApplicationScoped
public class ClientRepository implements PanacheRepositoryBase<ClientEntity, String> {
}
