package fr.accdatahub.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The manifests of k8s/: valid objects, probes the service really serves, only settings the service reads, and no
 * secret value written in them.
 */
@QuarkusTest
class KubernetesManifestsTest {

    private static final Path K8S = Path.of("k8s");

    @Test
    void everyManifestIsAKubernetesObjectOrAKustomization() throws IOException {
        List<JsonNode> documents = documents();
        assertTrue(documents.size() >= 12, "manifests found: " + documents.size());
        for (JsonNode document : documents) {
            assertTrue(document.hasNonNull("apiVersion") && document.hasNonNull("kind"), document.toString());
            if (!document.get("kind").asText().equals("Kustomization")) {
                assertTrue(document.path("metadata").hasNonNull("name"), document.toString());
            }
        }
        Set<String> kinds = new TreeSet<>();
        documents.forEach(document -> kinds.add(document.get("kind").asText()));
        assertTrue(kinds.containsAll(Set.of("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget",
                "NetworkPolicy", "Job", "Cluster", "ScheduledBackup", "Kustomization")), kinds.toString());
        JsonNode cluster = documents.stream().filter(d -> d.get("kind").asText().equals("Cluster")).findFirst()
                .orElseThrow();
        assertEquals(3, cluster.path("spec").path("instances").asInt());
        assertTrue(cluster.path("spec").path("backup").has("barmanObjectStore"));
    }

    @Test
    void theBaseObjectsAreOnesTheKubernetesApiAccepts() throws IOException {
        documents(K8S.resolve("base")).stream().filter(d -> !d.get("kind").asText().equals("Kustomization"))
                .forEach(Manifests::assertValidKubernetesObject);
    }

    @Test
    void theProbesAreServedByTheServiceOnItsPort() throws IOException {
        JsonNode container = deployment().path("spec").path("template").path("spec").path("containers").get(0);
        assertEquals(8080, container.path("ports").get(0).path("containerPort").asInt());
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            String path = container.path(probe).path("httpGet").path("path").asText();
            assertFalse(path.isEmpty(), probe);
            given().get(path).then().statusCode(200);
        }
        assertTrue(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean());
        assertTrue(container.path("resources").path("limits").has("memory"));
    }

    @Test
    void everySettingTheManifestsGiveIsOneTheServiceReads() throws IOException {
        Set<String> read = ServiceSettings.environmentNames();
        List<String> unknown = new ArrayList<>();
        for (String name : environmentNames()) {
            if (!read.contains(name)) {
                unknown.add(name);
            }
        }
        assertTrue(unknown.isEmpty(), "set by the manifests but read by nobody: " + unknown);
    }

    @Test
    void noSecretValueIsWrittenInTheManifests() throws IOException {
        documents().forEach(Manifests::assertNoSecretValue);
    }

    private static List<JsonNode> documents() throws IOException {
        return documents(K8S);
    }

    private static List<JsonNode> documents(Path directory) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                documents.addAll(Manifests.parse(Files.readString(file)));
            }
        }
        return documents;
    }

    private static JsonNode deployment() throws IOException {
        return Manifests.parseOne(Files.readString(K8S.resolve("base/deployment.yaml")));
    }

    /** Every environment variable the manifests set: literals of the ConfigMaps and env of the containers. */
    private static Set<String> environmentNames() throws IOException {
        Set<String> names = new TreeSet<>();
        for (JsonNode document : documents()) {
            document.findValues("literals").forEach(literals -> literals.forEach(
                    literal -> names.add(literal.asText().substring(0, literal.asText().indexOf('=')))));
            document.findValues("env").forEach(env -> env.forEach(variable -> names.add(variable.get("name").asText())));
        }
        return names;
    }
}
