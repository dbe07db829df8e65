package fr.accdatahub.operator;

import fr.accdatahub.auth.ApiClient;
import fr.accdatahub.auth.ClientAdministration;
import fr.accdatahub.auth.ClientRequest;
import fr.accdatahub.auth.ClientRole;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
    private final Optional<String> clientId;
    private final Optional<String> secret;

    public OperatorBootstrap(ClientAdministration clients,
            @ConfigProperty(name = "acc.operator.client-id") Optional<String> clientId,
            @ConfigProperty(name = "acc.operator.client-secret") Optional<String> secret) {
        this.clients = clients;
        this.clientId = clientId;
        this.secret = secret;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        if (clientId.isEmpty() || secret.isEmpty()) {
            return;
        }
        String id = clientId.get();
        VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> ApiClient.findById(id))
                .chain(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().voidItem();
                    }
                    LOG.infof("Creating the operator client %s from configuration", id);
                    return clients.createWithSecret(new ClientRequest(id, ClientRole.OPERATOR, null, null),
                            secret.get()).replaceWithVoid();
                }));
    }
}
