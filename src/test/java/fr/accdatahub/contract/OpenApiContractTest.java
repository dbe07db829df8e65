package fr.accdatahub.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * openapi/acc-datahub.yaml is the contract: it must describe exactly the operations the code serves, each with the
 * error responses its kind of endpoint can give.
 */
class OpenApiContractTest {

    private static final java.nio.file.Path CONTRACT = java.nio.file.Path.of("openapi", "acc-datahub.yaml");
    private static final java.nio.file.Path CLASSES = java.nio.file.Path.of("target", "classes");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private static JsonNode contract;

    @BeforeAll
    static void read() throws IOException {
        contract = new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile());
    }

    @Test
    void theContractDescribesExactlyTheImplementedOperations() throws Exception {
        assertEquals(implementedOperations(), documentedOperations().keySet());
    }

    @Test
    void everyOperationDocumentsTheErrorsItsKindOfEndpointCanGive() {
        List<String> missing = new ArrayList<>();
        documentedOperations().forEach((operation, node) -> {
            String path = operation.substring(operation.indexOf(' ') + 1);
            Set<String> codes = new TreeSet<>();
            node.get("responses").fieldNames().forEachRemaining(codes::add);
            expect(missing, operation, codes, codes.stream().anyMatch(c -> c.startsWith("2")), "a 2xx");
            expect(missing, operation, codes, codes.contains("500"), "500");
            // The token endpoints and the dashboard's public settings take no token and count no quota.
            if (!path.startsWith("/oauth2/") && !path.startsWith("/ui")) {
                expect(missing, operation, codes, codes.contains("401"), "401");
                expect(missing, operation, codes, codes.contains("429"), "429");
            }
            if (path.startsWith("/operator/")) {
                expect(missing, operation, codes, codes.contains("403"), "403");
            }
            if (path.contains("{agreement_id}") || path.contains("{client_id}")) {
                expect(missing, operation, codes, codes.contains("404"), "404");
            }
            if (node.has("requestBody")) {
                expect(missing, operation, codes, codes.contains("400"), "400");
                expect(missing, operation, codes, codes.contains("415"), "415");
            }
            if (path.contains("{agreement_id}") || path.contains("{usage_point_id}")) {
                expect(missing, operation, codes, codes.contains("400"), "400");
            }
            node.get("responses").fields().forEachRemaining(response -> {
                if (!response.getKey().startsWith("2") && !usesErrorSchema(response.getValue())) {
                    missing.add(operation + " " + response.getKey() + " without the Error schema");
                }
            });
        });
        assertTrue(missing.isEmpty(), "Missing in the contract: " + missing);
    }

    @Test
    void everyOperationHasAUniqueOperationId() {
        Set<String> ids = new TreeSet<>();
        documentedOperations().forEach((operation, node) ->
                assertTrue(ids.add(node.get("operationId").asText()), "Duplicate operationId in " + operation));
    }

    private static void expect(List<String> missing, String operation, Set<String> codes, boolean present,
            String what) {
        if (!present) {
            missing.add(operation + " lacks " + what + " (has " + codes + ")");
        }
    }

    private static boolean usesErrorSchema(JsonNode response) {
        if (response.has("$ref")) {
            return response.get("$ref").asText().startsWith("#/components/responses/");
        }
        JsonNode schema = response.path("content").path("application/json").path("schema").path("$ref");
        return schema.asText().equals("#/components/schemas/Error") || !response.has("content");
    }

    static Map<String, JsonNode> documentedOperations() {
        Map<String, JsonNode> operations = new TreeMap<>();
        contract.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (METHODS.contains(entry.getKey())) {
                operations.put(entry.getKey().toUpperCase() + " " + path.getKey(), entry.getValue());
            }
        }));
        return operations;
    }

    /** Every JAX-RS resource method of the service, found in the compiled classes. */
    static Set<String> implementedOperations() throws IOException, ClassNotFoundException {
        Set<String> operations = new TreeSet<>();
        List<String> classNames;
        try (Stream<java.nio.file.Path> files = Files.walk(CLASSES)) {
            classNames = files.map(file -> CLASSES.relativize(file).toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .toList();
        }
        for (String className : classNames) {
            Class<?> type = Class.forName(className, false, OpenApiContractTest.class.getClassLoader());
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = httpMethod(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    operations.add(verb + " " + join(root.value(), sub == null ? "" : sub.value()));
                }
            }
        }
        return operations;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
