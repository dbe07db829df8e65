package fr.accdatahub.auth;

import fr.accdatahub.auth.store.CallerStore;
import fr.accdatahub.identity.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** A client as a caller, for the work done on its behalf outside its requests (its webhook deliveries). */
@ApplicationScoped
public class Callers {

    private final CallerStore store;

    public Callers(CallerStore store) {
        this.store = store;
    }

    /** The client's role, PMO and mandates as they are now; empty when the client was deleted. */
    public Uni<Optional<Caller>> of(String clientId) {
        return store.caller(clientId);
    }
}
