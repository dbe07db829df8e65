package fr.accdatahub.sandbox;

import fr.accdatahub.auth.domain.SigningKey;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * What must be settled before Quarkus starts: which database to use and which key signs the tokens.
 *
 * <ul>
 *   <li>No datasource URL configured: start the embedded PostgreSQL in {@code <data dir>/postgres}, turn the sandbox
 *       on (clock endpoints, demo seed) and, unless a key is configured, keep a generated signing key in the data
 *       directory.</li>
 *   <li>A datasource URL configured: use it, never start the embedded server, never seed; the signing key must be
 *       configured unless an external OIDC provider issues the tokens.</li>
 * </ul>
 * The sandbox started without configuration is read by a person: its logs are plain text unless asked otherwise
 * (production logs are JSON lines).
 * Tracing is on only when an OTLP endpoint is configured.
 */
public final class SandboxBootstrap {

    public static final String DATA_DIR = "acc.data-dir";
    public static final String SIGNING_KEY = "acc.token.signing-key";
    public static final String SIGNING_KEY_FILE = "acc.token.signing-key-file";
    public static final String SANDBOX_ENABLED = "acc.sandbox.enabled";
    public static final String SANDBOX_SEED = "acc.sandbox.seed";
    private static final String OIDC_PUBLIC_KEY = "quarkus.oidc.public-key";
    private static final String OIDC_SERVER = "quarkus.oidc.auth-server-url";
    private static final String JSON_LOGS = "quarkus.log.console.json.enabled";

    private static final Logger LOG = Logger.getLogger(SandboxBootstrap.class);

    private final Config config;
    private EmbeddedDatabase embedded;

    /** A bootstrap reading {@code config}: Quarkus' own rules (a system property wins over its variable). */
    public SandboxBootstrap(Config config) {
        this.config = config;
    }

    /** A bootstrap reading the process's system properties and environment, as Quarkus will. */
    public static SandboxBootstrap ofProcess() {
        return new SandboxBootstrap(new SmallRyeConfigBuilder().addSystemSources().build());
    }

    public boolean externalDatabaseConfigured() {
        return has("quarkus.datasource.reactive.url") || has("quarkus.datasource.jdbc.url");
    }

    public Path dataDirectory() {
        return Path.of(get(DATA_DIR).orElse("data"));
    }

    /** Starts what is needed and returns the properties to hand to Quarkus. */
    public Map<String, String> prepare() {
        Map<String, String> properties = new HashMap<>();
        boolean sandbox = !externalDatabaseConfigured();
        if (sandbox) {
            Path directory = dataDirectory().resolve("postgres");
            embedded = EmbeddedDatabase.start(directory, false);
            LOG.infof("No database configured: embedded PostgreSQL on port %d, data in %s",
                    embedded.port(), directory.toAbsolutePath());
            properties.putAll(embedded.datasourceProperties());
            properties.put(SANDBOX_ENABLED, "true");
            properties.put(SANDBOX_SEED, "true");
            if (!has(JSON_LOGS)) {
                properties.put(JSON_LOGS, "false");
            }
        }
        if (has("quarkus.otel.exporter.otlp.endpoint")) {
            properties.put("quarkus.otel.sdk.disabled", "false");
        }
        properties.putAll(signingKeyProperties(sandbox));
        return properties;
    }

    /** The signing key settings: the configured key, else (sandbox only) one kept in the data directory. */
    public Map<String, String> signingKeyProperties(boolean sandbox) {
        SigningKey key;
        Map<String, String> properties = new HashMap<>();
        if (has(SIGNING_KEY)) {
            key = SigningKey.fromPem(get(SIGNING_KEY).orElseThrow());
        } else if (has(SIGNING_KEY_FILE)) {
            key = SigningKey.read(Path.of(get(SIGNING_KEY_FILE).orElseThrow()));
        } else if (sandbox) {
            Path file = dataDirectory().resolve("token-signing-key.pem");
            key = SigningKey.readOrCreate(file);
            properties.put(SIGNING_KEY_FILE, file.toAbsolutePath().toString());
        } else if (has(OIDC_SERVER)) {
            return properties;
        } else {
            throw new IllegalStateException("With an external database, configure the token signing key: "
                    + "ACC_TOKEN_SIGNING_KEY (PKCS#8 PEM) or ACC_TOKEN_SIGNING_KEY_FILE, "
                    + "or an external OIDC provider with QUARKUS_OIDC_AUTH_SERVER_URL");
        }
        if (!has(OIDC_SERVER) && !has(OIDC_PUBLIC_KEY)) {
            properties.put(OIDC_PUBLIC_KEY, key.publicKeyBase64());
        }
        return properties;
    }

    private Optional<String> get(String name) {
        return config.getOptionalValue(name, String.class).filter(value -> !value.isBlank());
    }

    private boolean has(String name) {
        return get(name).isPresent();
    }

    public void stop() {
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }
}
