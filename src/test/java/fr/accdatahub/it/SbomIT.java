package fr.accdatahub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The build writes a CycloneDX SBOM of the service beside its jar (cyclonedx-maven-plugin, at package), for a
 * deployment's scanner: the service's runtime dependencies, and none of the tests'.
 */
class SbomIT {

    @Test
    void theSbomListsTheServicesRuntimeDependenciesOnly() throws IOException {
        JsonNode bom = new ObjectMapper().readTree(Path.of("target", "acc-datahub-bom.json").toFile());
        assertEquals("CycloneDX", bom.path("bomFormat").asText());
        assertEquals("acc-datahub", bom.path("metadata").path("component").path("name").asText());
        Set<String> components = new HashSet<>();
        bom.path("components").forEach(c -> components.add(c.path("group").asText() + ":" + c.path("name").asText()));
        assertTrue(components.contains("io.quarkus:quarkus-rest"), "the REST layer");
        assertTrue(components.contains("io.vertx:vertx-pg-client"), "the PostgreSQL client");
        assertFalse(components.contains("io.rest-assured:rest-assured"), "a test dependency");
        assertFalse(components.contains("org.seleniumhq.selenium:selenium-java"), "a test dependency");
    }
}
