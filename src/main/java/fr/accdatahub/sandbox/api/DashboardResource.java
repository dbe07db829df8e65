package fr.accdatahub.sandbox.api;

import fr.accdatahub.clock.SandboxSettings;
import fr.accdatahub.sandbox.SandboxSeed;
import fr.accdatahub.sandbox.SandboxSeed.DemoClient;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * What the dashboard's sign-in page may say before anyone signs in: whether this is the sandbox and, when the demo
 * data was seeded, the demo clients (whose secrets the README publishes). Nothing else about the deployment.
 */
@Path("/ui/settings")
@PermitAll
public class DashboardResource {

    /** The public settings of the dashboard (snake_case in JSON, as every answer). */
    public record Settings(boolean sandbox, List<DemoClient> demoClients) {
    }

    private final SandboxSettings sandbox;

    public DashboardResource(SandboxSettings sandbox) {
        this.sandbox = sandbox;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Settings settings() {
        return new Settings(sandbox.enabled(), sandbox.seed()
                ? List.of(SandboxSeed.DEMO_PMO, SandboxSeed.DEMO_OPERATOR) : List.of());
    }
}
