package fr.accdatahub.auth;

import fr.accdatahub.auth.domain.ClientProfile;
import fr.accdatahub.clock.ServiceClock;
import fr.accdatahub.identity.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** A client as a caller, for the work done on its behalf outside its requests (its webhook deliveries). */
@ApplicationScoped
public class Callers {

    private final CallerDirectory directory;
    private final ServiceClock clock;

    public Callers(CallerDirectory directory, ServiceClock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** The client's role, PMO and mandates valid now; empty when the client was deleted. */
    public Uni<Optional<Caller>> of(String clientId) {
        return directory.client(clientId).chain(client -> clock.today()
                .map(today -> client.map(profile -> profile.caller(clientId, today))));
    }
}
