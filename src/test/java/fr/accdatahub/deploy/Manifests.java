package fr.accdatahub.deploy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.schema.validator.ValidationMessage;
import io.fabric8.kubernetes.schema.validator.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reading Kubernetes manifests, and the checks every manifest must pass: a valid object, no secret value. */
final class Manifests {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|SIGNING_KEY|PRIVATE_KEY).*");
    private static final Pattern CREDENTIALS_IN_URL = Pattern.compile("://[^/@\\s:]+:[^/@\\s]+@");

    /**
     * The validator takes IntOrString fields (a port, a PodDisruptionBudget's minAvailable, a rollout's maxSurge…)
     * for strings only: an integer there is what Kubernetes accepts.
     */
    private static final Pattern INT_OR_STRING = Pattern.compile("\\[Path '[^']*/(port|targetPort|minAvailable|"
            + "maxUnavailable|maxSurge)'\\] Instance type \\(integer\\) does not match any allowed primitive type");

    /** The Kubernetes OpenAPI schema (fabric8's validator); objects of other APIs (CloudNativePG) pass unchecked. */
    private static Validator validator;

    private Manifests() {
    }

    /** The object is what the Kubernetes API accepts: known fields only, of the right types, the required ones set. */
    static void assertValidKubernetesObject(JsonNode object) {
        List<String> errors = kubernetesSchema().validate(object).getMessages().stream()
                .map(ValidationMessage::getMessage).filter(message -> !INT_OR_STRING.matcher(message).find()).toList();
        assertTrue(errors.isEmpty(), () -> object.path("kind").asText() + " "
                + object.path("metadata").path("name").asText() + ": " + errors);
    }

    private static synchronized Validator kubernetesSchema() {
        if (validator == null) {
            validator = Validator.newInstance();
        }
        return validator;
    }

    /** The objects of a YAML text of one or more documents (empty documents skipped). */
    static List<JsonNode> parse(String yaml) throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        try (var parser = YAML.getFactory().createParser(yaml)) {
            YAML.readValues(parser, JsonNode.class).forEachRemaining(object -> {
                if (object != null && !object.isEmpty()) {
                    objects.add(object);
                }
            });
        }
        return objects;
    }

    static JsonNode parseOne(String yaml) throws IOException {
        return YAML.readTree(yaml);
    }

    /**
     * No secret written in the object: it is no Secret; no container variable given as a value, no ConfigMap entry
     * or generator literal is named like a secret; no URL carries credentials.
     */
    static void assertNoSecretValue(JsonNode object) {
        String where = object.path("kind").asText() + " " + object.path("metadata").path("name").asText();
        assertFalse(object.path("kind").asText().equals("Secret"), "a Secret in the manifests");
        object.findParents("name").stream().filter(env -> env.has("value"))
                .forEach(env -> assertNotSecretName(env.get("name").asText(), where));
        object.findValues("literals").forEach(literals -> literals.forEach(literal -> assertNotSecretName(
                literal.asText().substring(0, literal.asText().indexOf('=')), where)));
        if (object.path("kind").asText().equals("ConfigMap")) {
            object.path("data").fieldNames().forEachRemaining(name -> assertNotSecretName(name, where));
        }
        assertNoCredentialsInText(object, where);
    }

    private static void assertNotSecretName(String name, String where) {
        assertFalse(SECRET_NAME.matcher(name).matches(), name + " given as a value in " + where);
    }

    private static void assertNoCredentialsInText(JsonNode node, String where) {
        if (node.isTextual()) {
            assertFalse(CREDENTIALS_IN_URL.matcher(node.asText()).find(), "credentials in a URL of " + where);
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            assertNoCredentialsInText(fields.next().getValue(), where);
        }
        node.elements().forEachRemaining(element -> assertNoCredentialsInText(element, where));
    }
}
