package fr.accdatahub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules of the house (README, "Layout"), checked on the compiled classes and the source tree, so that the plan
 * holds as features grow: packages by capability without loops, pure domains, SQL and entities only in stores, each
 * feature's storage its own, endpoints in {@code api} packages and a screen long, no package above a fifth of the code.
 */
class HouseRulesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.accdatahub");

    /**
     * The features, each with its {@code api}, {@code domain} and {@code store} packages. The event log
     * ({@code event}) is not one: every feature's store appends to it in its own transaction (an outbox), and the
     * {@code feed} serves it.
     */
    private static final List<String> FEATURES = List.of("agreement", "auth", "keys", "rawcurve", "calculation",
            "publication", "clock", "request", "feed", "webhook", "simulation", "partition", "scenario", "fault", "audit");

    /** JAX-RS's {@code @Path}, named: {@link Path} here is a file's. */
    private static final String ENDPOINT = "jakarta.ws.rs.Path";

    private static final String[] HTTP_AND_STORAGE = {"jakarta.ws.rs..", "io.vertx..", "fr.accdatahub.web..",
        "jakarta.persistence..", "org.hibernate..", "io.quarkus.hibernate.."};

    @Test
    void topLevelPackagesHaveNoLoops() {
        slices().matching("fr.accdatahub.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void domainsCalendarAndEngineAreFreeOfHttpAndStorage() {
        noClasses().that().resideInAnyPackage("..domain..", "fr.accdatahub.calendar..", "fr.accdatahub.allocation..")
                .should().dependOnClassesThat().resideInAnyPackage(HTTP_AND_STORAGE)
                .check(MAIN);
    }

    @Test
    void theGroundFloorImportsNoFeature() {
        noClasses().that().resideInAnyPackage("fr.accdatahub.failure..", "fr.accdatahub.identifier..",
                        "fr.accdatahub.calendar..", "fr.accdatahub.annex..", "fr.accdatahub.storage..",
                        "fr.accdatahub.allocation..")
                .should().dependOnClassesThat().resideInAnyPackage(featurePackages())
                .check(MAIN);
        classes().that().resideInAPackage("fr.accdatahub.failure..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("fr.accdatahub.failure..", "java..")
                .check(MAIN);
    }

    @Test
    void sqlAndEntitiesLiveOnlyInStores() {
        noClasses().that().resideOutsideOfPackage("..store..")
                .should().dependOnClassesThat().resideInAnyPackage("io.vertx.mutiny.sqlclient..",
                        "io.vertx.sqlclient..", "jakarta.persistence..", "org.hibernate.reactive..")
                .orShould().dependOnClassesThat().haveSimpleNameStartingWith("PanacheRepository")
                .check(MAIN);
        classes().that().areAnnotatedWith(Entity.class).should().resideInAPackage("..store..").check(MAIN);
    }

    @Test
    void aFeaturesStoreIsItsOwn() {
        for (String feature : FEATURES) {
            classes().that().resideInAPackage("fr.accdatahub." + feature + ".store..")
                    .should().onlyHaveDependentClassesThat().resideInAPackage("fr.accdatahub." + feature + "..")
                    .allowEmptyShould(true)
                    .check(MAIN);
        }
    }

    @Test
    void endpointsLiveInApiPackagesAndNobodyCallsThem() {
        classes().that().areAnnotatedWith(ENDPOINT).should().resideInAPackage("..api..").check(MAIN);
        noClasses().that().areNotAnnotatedWith(ENDPOINT)
                .should().dependOnClassesThat().areAnnotatedWith(ENDPOINT)
                .check(MAIN);
    }

    @Test
    void resourcesAreAScreenLong() throws IOException {
        Map<String, Integer> longer = new TreeMap<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(source);
                if (lines.stream().anyMatch(line -> line.startsWith("@Path(")) && lines.size() > 130) {
                    longer.put(source.toString(), lines.size());
                }
            }
        }
        assertTrue(longer.isEmpty(), "resources over 130 lines: " + longer);
    }

    @Test
    void noTopLevelPackageHoldsMoreThanAFifthOfTheCode() throws IOException {
        Map<String, Integer> lines = new TreeMap<>();
        Path root = Path.of("src/main/java/fr/accdatahub");
        try (Stream<Path> sources = Files.walk(root)) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = root.relativize(source);
                String top = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
                lines.merge(top, Files.readAllLines(source).size(), Integer::sum);
            }
        }
        int total = lines.values().stream().mapToInt(Integer::intValue).sum();
        lines.forEach((pkg, count) -> assertTrue(count * 5 <= total,
                pkg + " holds " + count + " of " + total + " lines, more than a fifth: split it"));
    }

    private static String[] featurePackages() {
        return Stream.concat(FEATURES.stream(), Stream.of("sandbox", "observability", "web", "identity"))
                .map(feature -> "fr.accdatahub." + feature + "..")
                .toArray(String[]::new);
    }
}
