package fr.accdatahub.support;

import fr.accdatahub.sandbox.EmbeddedDatabase;
import fr.accdatahub.sandbox.SandboxBootstrap;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

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
    private final boolean ownServer;
    private EmbeddedDatabase embedded;

    public DatabaseTestResource() {
        this(DATA_DIRECTORY);
    }

    /** With its own directory for the embedded server and the signing key (a service the test starts itself). */
    public DatabaseTestResource(Path dataDirectory) {
        this(dataDirectory, false);
    }

    private DatabaseTestResource(Path dataDirectory, boolean ownServer) {
        this.dataDirectory = dataDirectory;
        this.ownServer = ownServer;
    }

    /** Always an embedded server of its own, even when one is configured: for a test that stops and starts it. */
    public static DatabaseTestResource ownServer(Path dataDirectory) {
        return new DatabaseTestResource(dataDirectory, true);
    }

    @Override
    public Map<String, String> start() {
        SandboxBootstrap bootstrap = new SandboxBootstrap(new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Map.of(SandboxBootstrap.DATA_DIR, dataDirectory.toString()),
                        "test", 400))
                .addSystemSources()
                .build());
        Map<String, String> config = new HashMap<>();
        if (ownServer) {
            // A cluster made afresh but not marked clean: the server deletes a clean cluster when it stops.
            deleteRecursively(dataDirectory.resolve("postgres"));
            embedded = EmbeddedDatabase.start(dataDirectory.resolve("postgres"), false);
            config.putAll(embedded.datasourceProperties());
        } else if (!bootstrap.externalDatabaseConfigured()) {
            embedded = EmbeddedDatabase.start(dataDirectory.resolve("postgres"), true);
            config.putAll(embedded.datasourceProperties());
        }
        config.putAll(bootstrap.signingKeyProperties(true));
        return config;
    }

    /** The embedded server's port ({@link #ownServer}). */
    public int serverPort() {
        return embedded.port();
    }

    /** Stops the embedded server ({@link #ownServer}) as an administrator would: its connections are closed. */
    public void stopServer() {
        embedded.close();
        embedded = null;
    }

    /** Starts the embedded server again on its data, on a port that may differ: the port. */
    public int startServer() {
        embedded = EmbeddedDatabase.start(dataDirectory.resolve("postgres"), false);
        return embedded.port();
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
