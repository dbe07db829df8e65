package fr.accdatahub;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * With {@code acc.migrate-only} (the Kubernetes migration Job), the service stops once Flyway has migrated the
 * database at start: a release's migrations run once, not in every pod.
 */
@ApplicationScoped
public class MigrateOnly {

    private static final Logger LOG = Logger.getLogger(MigrateOnly.class);

    void onStart(@Observes StartupEvent event, @ConfigProperty(name = "acc.migrate-only") boolean migrateOnly) {
        if (migrateOnly) {
            LOG.info("Migrations done; stopping (acc.migrate-only)");
            Quarkus.asyncExit(0);
        }
    }
}
