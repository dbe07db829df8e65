package fr.accdatahub.it;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * What the end-to-end suite adds to the packaged service's production configuration (besides the database and the
 * signing key that {@link fr.accdatahub.support.DatabaseTestResource} gives every test):
 * <ul>
 *   <li>the sandbox clock, so that the flow happens in February 2025 whatever today is;</li>
 *   <li>a first operator client from configuration, as a deployment creates it;</li>
 *   <li>no calculation schedule, so that only the flow's own run computes;</li>
 *   <li>no webhook deliveries from it, so that {@link WebhookRestartIT}'s are made by the services it starts.</li>
 * </ul>
 * Quotas stay the production ones: the suite's client waits when told to (429 and Retry-After).
 */
public class PackagedServiceResource implements QuarkusTestResourceLifecycleManager {

    static final String OPERATOR_ID = "e2e-operator";
    static final String OPERATOR_SECRET = "e2e-operator-secret-0123456789";

    @Override
    public Map<String, String> start() {
        return Map.of(
                "acc.sandbox.enabled", "true",
                "acc.operator.client-id", OPERATOR_ID,
                "acc.operator.client-secret", OPERATOR_SECRET,
                "acc.calculation.every", "off",
                "acc.webhook.every", "off");
    }

    @Override
    public void stop() {
    }
}
