package fr.accdatahub.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.auth.domain.SigningKey;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxBootstrapTest {

    private static final String JSON_LOGS = "quarkus.log.console.json.enabled";

    @Test
    void aConfiguredDatabaseIsUsedAsItIsWithoutSandboxOrSeed(@TempDir Path directory) {
        String pem = SigningKey.generate().toPem();
        SandboxBootstrap bootstrap = bootstrap(Map.of(), Map.of(
                "QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://db:5432/acc",
                "ACC_DATA_DIR", directory.toString(),
                "ACC_TOKEN_SIGNING_KEY", pem));
        Map<String, String> properties = bootstrap.prepare();
        assertTrue(bootstrap.externalDatabaseConfigured());
        assertFalse(properties.containsKey("quarkus.datasource.reactive.url"));
        assertFalse(properties.containsKey(SandboxBootstrap.SANDBOX_SEED));
        assertFalse(properties.containsKey(SandboxBootstrap.SANDBOX_ENABLED));
        assertEquals(SigningKey.fromPem(pem).publicKeyBase64(), properties.get("quarkus.oidc.public-key"));
        assertFalse(properties.containsKey(JSON_LOGS), "production logs stay JSON");
        assertFalse(directory.resolve("postgres").toFile().exists());
    }

    @Test
    void aConfiguredDatabaseWithoutASigningKeyFailsClearly() {
        SandboxBootstrap bootstrap = bootstrap(Map.of(),
                Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db:5432/acc"));
        IllegalStateException failure = assertThrows(IllegalStateException.class, bootstrap::prepare);
        assertTrue(failure.getMessage().contains("ACC_TOKEN_SIGNING_KEY"));
    }

    @Test
    void anExternalOidcProviderNeedsNoSigningKey() {
        SandboxBootstrap bootstrap = bootstrap(Map.of(), Map.of(
                "QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://db:5432/acc",
                "QUARKUS_OIDC_AUTH_SERVER_URL", "https://keycloak.example/realms/acc"));
        assertTrue(bootstrap.prepare().isEmpty());
    }

    @Test
    void withoutADatabaseTheSandboxStartsItsOwnAndKeepsItsKey(@TempDir Path directory) {
        SandboxBootstrap bootstrap = bootstrap(Map.of("acc.data-dir", directory.toString()), Map.of());
        try {
            Map<String, String> properties = bootstrap.prepare();
            assertEquals("true", properties.get(SandboxBootstrap.SANDBOX_SEED));
            assertTrue(properties.get("quarkus.datasource.jdbc.url").startsWith("jdbc:postgresql://localhost:"));
            assertTrue(directory.resolve("postgres/PG_VERSION").toFile().exists());
            String keyFile = properties.get(SandboxBootstrap.SIGNING_KEY_FILE);
            assertEquals(SigningKey.read(Path.of(keyFile)).publicKeyBase64(), properties.get("quarkus.oidc.public-key"));
            assertEquals("false", properties.get(JSON_LOGS), "the sandbox logs plain text");
        } finally {
            bootstrap.stop();
        }
    }

    /** A bootstrap reading these system properties and environment variables only, as Quarkus would read them. */
    private static SandboxBootstrap bootstrap(Map<String, String> system, Map<String, String> environment) {
        return new SandboxBootstrap(new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(system, "system", 400), new EnvConfigSource(environment, 300))
                .build());
    }
}
