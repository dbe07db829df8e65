package fr.accdatahub.auth;

import fr.accdatahub.auth.api.ClientRequest;
import fr.accdatahub.identity.ClientRole;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * The first operator client of a deployment, from configuration ({@code ACC_OPERATOR_CLIENT_ID} and
 * {@code ACC_OPERATOR_CLIENT_SECRET}, typically from a Kubernetes Secret): created at start if it does not exist,
 * so that a new deployment can be administered without touching its database.
 */
@ApplicationScoped
public class OperatorBootstrap {

    private static final Logger LOG = Logger.getLogger(OperatorBootstrap.class);

    private final ClientAdministration clients;
    private final OperatorSettings settings;

    public OperatorBootstrap(ClientAdministration clients, OperatorSettings settings) {
        this.clients = clients;
        this.settings = settings;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        if (settings.clientId().isEmpty() || settings.clientSecret().isEmpty()) {
            return;
        }
        String id = settings.clientId().get();
        boolean created = VertxContextSupport.subscribeAndAwait(() -> clients.createUnlessExists(
                new ClientRequest(id, ClientRole.OPERATOR, null, null), settings.clientSecret().get()));
        if (created) {
            LOG.infof("Created the operator client %s from configuration", id);
        }
    }
}
