package fr.accdatahub.deploy;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reading Kubernetes manifests, and the check that none of them carries a secret value. */
final class Manifests {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|SIGNING_KEY|PRIVATE_KEY).*");
    private static final Pattern CREDENTIALS_IN_URL = Pattern.compile("://[^/@\\s:]+:[^/@\\s]+@");

    private Manifests() {
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
