package fr.accdatahub.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The settings the service reads (its properties file, and the names its code reads), as environment variables. */
final class ServiceSettings {

    /** Quarkus settings the service documents (README, "Configuration") besides those of application.properties. */
    private static final Set<String> QUARKUS_SETTINGS = Set.of("quarkus.datasource.reactive.url",
            "quarkus.datasource.jdbc.url", "quarkus.datasource.username", "quarkus.datasource.password",
            "quarkus.otel.exporter.otlp.endpoint", "quarkus.oidc.auth-server-url", "quarkus.flyway.validate-at-start");

    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\(prefix = \"([a-z0-9.-]+)\"\\)");
    private static final Pattern MAPPED_METHOD = Pattern.compile("\\n\\s+[\\w<>]+ (\\w+)\\(\\);");

    private ServiceSettings() {
    }

    /** The properties of a {@code @ConfigMapping} interface: its prefix and each method's name in kebab case. */
    private static Set<String> mapped(String code) {
        Matcher mapping = CONFIG_MAPPING.matcher(code);
        Set<String> properties = new TreeSet<>();
        if (mapping.find()) {
            Matcher method = MAPPED_METHOD.matcher(code);
            while (method.find()) {
                properties.add(mapping.group(1) + "." + method.group(1).replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                        .toLowerCase(Locale.ROOT));
            }
        }
        return properties;
    }

    static Set<String> environmentNames() throws IOException {
        Set<String> properties = new TreeSet<>(QUARKUS_SETTINGS);
        for (String line : Files.readAllLines(Path.of("src/main/resources/application.properties"))) {
            if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
                properties.add(line.substring(0, line.indexOf('=')).replaceFirst("^%[a-z]+\\.", ""));
            }
        }
        Pattern configProperty = Pattern.compile("\"((?:acc|quarkus)\\.[a-z0-9.-]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                Matcher matcher = configProperty.matcher(code);
                while (matcher.find()) {
                    properties.add(matcher.group(1));
                }
                properties.addAll(mapped(code));
            }
        }
        Set<String> names = new TreeSet<>();
        properties.forEach(p -> names.add(p.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_")));
        return names;
    }
}
