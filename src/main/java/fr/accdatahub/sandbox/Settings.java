package fr.accdatahub.sandbox;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads a setting before Quarkus' configuration exists, with Quarkus' own rules: a system property
 * ({@code acc.data-dir}) wins over its environment variable ({@code ACC_DATA_DIR}); blank counts as absent.
 */
public record Settings(Properties systemProperties, Map<String, String> environment) {

    public static Settings ofProcess() {
        return new Settings(System.getProperties(), System.getenv());
    }

    public Optional<String> get(String name) {
        String value = systemProperties.getProperty(name);
        if (value == null) {
            value = environment.get(environmentName(name));
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    public boolean has(String name) {
        return get(name).isPresent();
    }

    static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
