package fr.accdatahub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.accdatahub.support.DatabaseTestResource;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The main flow driven by the TypeScript client made from the contract ({@code clients/typescript}: openapi-typescript
 * types, openapi-fetch calls), as a PMO's Node back end would: the packages installed from the lock file, the types
 * generated from {@code openapi/acc-datahub.yaml}, the flow type-checked against them, then run against the packaged
 * service. Skipped where npm is not installed; its output goes to {@code target/typescript-client.log}.
 */
class TypeScriptClientIT {

    private static final Path CLIENT = Path.of("clients", "typescript");
    private static final Path LOG = Path.of("target", "typescript-client.log");
    private static final String OPERATOR_ID = "typescript-operator";
    private static final String OPERATOR_SECRET = "typescript-operator-secret-0123456789";

    @Test
    void theMainFlowRunsThroughTheTypeScriptClient() throws Exception {
        assumeTrue(onPath("npm"), "npm is not installed: the TypeScript client is not run");
        Files.deleteIfExists(LOG);
        npm(Map.of(), "ci", "--no-audit", "--no-fund");
        npm(Map.of(), "run", "generate");
        npm(Map.of(), "run", "check");
        DatabaseTestResource database = new DatabaseTestResource(Path.of("target", "typescript-it"));
        Map<String, String> settings = new HashMap<>(database.start());
        settings.putAll(Map.of("acc.sandbox.enabled", "true", "acc.operator.client-id", OPERATOR_ID,
                "acc.operator.client-secret", OPERATOR_SECRET, "acc.calculation.every", "off",
                "acc.quota.per-second", "100"));
        try (ServiceProcess service = ServiceProcess.start("typescript-service", settings)) {
            npm(Map.of("ACC_BASE_URL", service.base().toString(), "ACC_OPERATOR_ID", OPERATOR_ID,
                    "ACC_OPERATOR_SECRET", OPERATOR_SECRET), "run", "flow");
        } finally {
            database.stop();
        }
    }

    private static void npm(Map<String, String> environment, String... arguments) throws IOException,
            InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(concat("npm", arguments)).directory(CLIENT.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()));
        builder.environment().putAll(environment);
        Process npm = builder.start();
        if (!npm.waitFor(10, TimeUnit.MINUTES)) {
            npm.descendants().forEach(ProcessHandle::destroyForcibly);
            npm.destroyForcibly().waitFor();
        }
        assertEquals(0, npm.exitValue(), "npm " + String.join(" ", arguments) + " failed: see " + LOG);
    }

    private static List<String> concat(String first, String... rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(rest));
        return all;
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, command)));
    }
}
