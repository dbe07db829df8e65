package fr.accdatahub.support;

import fr.accdatahub.sandbox.EmbeddedDatabase;
import fr.accdatahub.sandbox.SandboxBootstrap;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives the tests a real PostgreSQL: the server named by {@code QUARKUS_DATASOURCE_REACTIVE_URL} when one is
 * configured (CI starts the machine's PostgreSQL), else an embedded one in a fresh directory. In the test profile the
 * schema is rebuilt by Flyway at each start, then the sandbox seed runs; the end-to-end suite's packaged service runs
 * in its production profile and only migrates.
 */
@QuarkusTestResource(DatabaseTestResource.class)
public class DatabaseTestResource implements QuarkusTestResourceLifecycleManager {

    public static final Path DATA_DIRECTORY = Path.of("target", "test-data");

    private final Path dataDirectory;
    private EmbeddedDatabase embedded;

    public DatabaseTestResource() {
        this(DATA_DIRECTORY);
    }

    /** With its own directory for the embedded server and the signing key (a service the test starts itself). */
    public DatabaseTestResource(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    @Override
    public Map<String, String> start() {
        SandboxBootstrap bootstrap = new SandboxBootstrap(new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Map.of(SandboxBootstrap.DATA_DIR, dataDirectory.toString()),
                        "test", 400))
                .addSystemSources()
                .build());
        Map<String, String> config = new HashMap<>();
        if (!bootstrap.externalDatabaseConfigured()) {
            embedded = EmbeddedDatabase.start(dataDirectory.resolve("postgres"), true);
            config.putAll(embedded.datasourceProperties());
        }
        config.putAll(bootstrap.signingKeyProperties(true));
        return config;
    }

    @Override
    public void stop() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
