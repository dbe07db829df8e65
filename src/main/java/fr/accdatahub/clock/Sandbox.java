package fr.accdatahub.clock;

import fr.accdatahub.failure.NotFound;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether this deployment is the sandbox ({@code acc.sandbox.enabled}): what only the sandbox offers (its clock,
 * scenarios and fault switches) does not exist elsewhere, and answers 404 as an unknown path would.
 */
@ApplicationScoped
public class Sandbox {

    private final boolean enabled;

    public Sandbox(SandboxSettings settings) {
        this.enabled = settings.enabled();
    }

    public boolean enabled() {
        return enabled;
    }

    /** Throws a 404 outside the sandbox. */
    public void require(String what) {
        if (!enabled) {
            throw new NotFound(what + " exist only in the sandbox");
        }
    }
}
