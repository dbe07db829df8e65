package fr.accdatahub.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.accdatahub.support.Api.Fixture;
import fr.accdatahub.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation of the contract that takes parameters or a body, with one part of a valid request
 * made hostile at a time (a path, query or header parameter, the body, a field of the body): the answer is never a
 * 5xx, and every refusal is in the one error format. The valid requests they are varied from work on an agreement
 * made for the test.
 */
@QuarkusTest
class HostileInputTest {

    private static final Path CONTRACT = Path.of("openapi", "acc-datahub.yaml");
    /**
     * Long, but within the 4 KB request line Vert.x accepts: a longer one is refused by Vert.x itself with a bare 414,
     * before the service sees it (see README, "The API at a glance").
     */
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String LONG = "A".repeat(3_000);

    /** Hostile path segments, already percent-encoded as they travel. */
    private static final List<String> PATH_VALUES = List.of("x", "ACC1", "ACC000000011", "%00", "%F0%9F%92%A9",
            "..%2F..", "%25", "null", "-1", "1e309", "%20", LONG);
    private static final List<String> QUERY_VALUES = List.of("", "x", "\u0000", "2024-02-30", "2024-13-01",
            "9999-99-99T99:99", "2024-11-01T00:00:00+25:00", "2024-11-01T00:07:00+01:00", "-1",
            "99999999999999999999", "1e309", "cons,,", "'; DROP TABLE agreement; --", LONG);
    /** Header values that can travel (HTTP carries no control characters). */
    private static final List<String> HEADER_VALUES = List.of("", " ", "x", "attachment; filename=", "attachment; "
            + "filename=\"../../etc/passwd\"", "attachment; filename*=UTF-8''%ZZ", "\u00e9\u00e8", LONG.substring(0, 300));
    private static final List<String> JSON_BODIES = List.of("", " ", "null", "1", "\"s\"", "[]", "{}", "{\"a\":",
            "{\"a\":1}", "[".repeat(2_000) + "]".repeat(2_000), "{\"x\":\"\u0000\"}", "\u0000", "1e999999999");
    private static final List<String> TEXT_BODIES = List.of("", "\u0000\u0001\u0002", ";;;;\r\n;;;", "Horodate\r\n",
            "Horodate;x\r\n01/11/2024 00:00;1,0\r\n", "01/11/2024 00:00;1;2;3;4;\r\n", "é\r\n".repeat(3), LONG);
    private static final List<String> FORM_BODIES = List.of("", "&&&", "=", "grant_type=%ZZ", "token=",
            "grant_type=client_credentials&grant_type=password", "\u0000", LONG);
    /** Values of the wrong kind for any field. */
    private static final List<String> FIELD_VALUES = List.of("null", "\"\"", "\"x\"", "-1", "1.5", "1e400", "true",
            "[]", "{}", "[null]", "\"" + LONG + "\"", "\"2024-02-30\"", "\"ACC1\"");

    private static JsonNode contract;
    private static Fixture fixture;

    @BeforeAll
    static void read() throws IOException {
        contract = new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile());
    }

    @TestFactory
    Stream<DynamicTest> noInputGetsA5xxAndEveryRefusalIsInTheErrorFormat() {
        fixture = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 2, 1);
        List<DynamicTest> tests = new ArrayList<>();
        contract.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (!method.getKey().equals("parameters")) {
                Operation operation = new Operation(path.getKey(), method.getKey(), path.getValue(), method.getValue());
                tests.add(DynamicTest.dynamicTest(operation.toString(), operation::check));
            }
        }));
        return tests.stream();
    }

    /** One operation of the contract and the valid request it is varied from. */
    private record Operation(String path, String method, JsonNode pathItem, JsonNode node) {

        void check() {
            List<String> failures = new ArrayList<>();
            Map<String, String> pathValues = new LinkedHashMap<>();
            Map<String, String> queryValues = new LinkedHashMap<>();
            parameters().forEach(parameter -> {
                String name = parameter.get("name").asText();
                switch (parameter.get("in").asText()) {
                    case "path" -> pathValues.put(name, validValue(name));
                    case "query" -> {
                        if (parameter.path("required").asBoolean() || name.equals("filename")) {
                            queryValues.put(name, validValue(name));
                        }
                    }
                    default -> { }
                }
            });
            for (String name : pathValues.keySet()) {
                for (String hostile : PATH_VALUES) {
                    Map<String, String> values = new LinkedHashMap<>(pathValues);
                    values.put(name, hostile);
                    send(failures, name + "=" + shorten(hostile), values, queryValues, Map.of(), null, null);
                }
            }
            for (JsonNode parameter : parameters()) {
                if (parameter.get("in").asText().equals("query")) {
                    String name = parameter.get("name").asText();
                    for (String hostile : QUERY_VALUES) {
                        Map<String, String> values = new LinkedHashMap<>(queryValues);
                        values.put(name, hostile);
                        send(failures, "?" + name + "=" + shorten(hostile), pathValues, values, Map.of(), null, null);
                    }
                }
            }
            node.path("requestBody").path("content").fields().forEachRemaining(content -> {
                for (String body : bodies(content.getKey(), content.getValue().path("schema"))) {
                    send(failures, content.getKey() + " " + shorten(body), pathValues, queryValues, Map.of(),
                            content.getKey(), body);
                }
                for (JsonNode parameter : parameters()) {
                    if (parameter.get("in").asText().equals("header")) {
                        String name = parameter.get("name").asText();
                        // The file name is read from the query first: leave it out when varying the header.
                        Map<String, String> query = new LinkedHashMap<>(queryValues);
                        if (name.equals("Content-Disposition")) {
                            query.remove("filename");
                        }
                        for (String hostile : HEADER_VALUES) {
                            send(failures, name + ": " + shorten(hostile), pathValues, query, Map.of(name, hostile),
                                    content.getKey(), validBody(content.getKey()));
                        }
                    }
                }
            });
            assertTrue(failures.isEmpty(), String.join("\n", failures));
        }

        private List<JsonNode> parameters() {
            List<JsonNode> parameters = new ArrayList<>();
            Stream.of(pathItem.path("parameters"), node.path("parameters"))
                    .forEach(list -> list.forEach(parameter -> parameters.add(resolve(parameter))));
            return parameters;
        }

        private static List<String> bodies(String mediaType, JsonNode schema) {
            if (mediaType.equals("application/json")) {
                List<String> bodies = new ArrayList<>(JSON_BODIES);
                for (Iterator<String> names = resolve(schema).path("properties").fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    FIELD_VALUES.forEach(value -> bodies.add("{\"" + name + "\":" + value + "}"));
                }
                return bodies;
            }
            return mediaType.equals("application/x-www-form-urlencoded") ? FORM_BODIES : TEXT_BODIES;
        }

        /** A body the operation takes, for the variations of its headers. */
        private String validBody(String mediaType) {
            List<String> consumers = fixture.consumers();
            boolean curves = path.endsWith("raw_load_curves");
            if (mediaType.equals("application/json")) {
                return curves
                        ? "{\"curves\":[{\"usage_point_id\":\"" + consumers.get(0) + "\",\"type\":\"cons\","
                                + "\"interval_reading\":[{\"start\":\"2024-11-05T10:00:00+01:00\",\"value\":100}]}]}"
                        : "{\"key_type\":\"DYNAMIC_SIMPLE\",\"steps\":[{\"start\":\"2024-11-05T10:00:00+01:00\","
                                + "\"keys\":[{\"usage_point_id\":\"" + consumers.get(0) + "\",\"coefficient\":50},"
                                + "{\"usage_point_id\":\"" + consumers.get(1) + "\",\"coefficient\":50}]}]}";
            }
            return curves ? "05/11/2024 10:00;100;200;300;400;\r\n"
                    : "Horodate;" + consumers.get(0) + ";" + consumers.get(1) + "\r\n05/11/2024 10:00;50,00;50,00\r\n";
        }

        private void send(List<String> failures, String variation, Map<String, String> pathValues,
                Map<String, String> queryValues, Map<String, String> headers, String contentType, String body) {
            String url = path;
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                url = url.replace("{" + value.getKey() + "}", value.getValue());
            }
            StringBuilder query = new StringBuilder();
            queryValues.forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            RequestSpecification request = caller().urlEncodingEnabled(false).headers(headers);
            if (body != null) {
                // A workbook is bytes without a charset: RestAssured encodes no string for its media type.
                request = contentType.equals(XLSX)
                        ? request.contentType(XLSX).body(body.getBytes(StandardCharsets.UTF_8))
                        : request.contentType(contentType + "; charset=UTF-8").body(body);
            }
            Response response = request.request(method.toUpperCase(), url + query);
            int status = response.statusCode();
            boolean refusedInFormat = status < 400 || (response.contentType().startsWith("application/json")
                    && response.jsonPath().get("error") instanceof String
                    && response.jsonPath().get("error_description") instanceof String);
            if (status >= 500 || !refusedInFormat) {
                failures.add(this + " with " + variation + ": " + status + " " + shorten(response.asString()));
            }
        }

        private RequestSpecification caller() {
            if (path.startsWith("/oauth2/")) {
                return given();
            }
            return path.startsWith("/operator/") ? Api.asOperator() : Api.asPmo(fixture);
        }

        /** A value the operation accepts for the parameter, so that only the varied part is hostile. */
        private String validValue(String name) {
            return switch (name) {
                case "filename" -> path.endsWith("raw_load_curves")
                        ? fixture.consumers().get(0) + "_05112024_05112024_cons_CDC.csv"
                        : fixture.agreementId() + "_15_05112024_05112024.txt";
                case "agreement_id" -> fixture.agreementId();
                case "usage_point_id" -> fixture.consumers().get(0);
                case "role" -> "cons";
                case "submission_id" -> "5b0c2d4e-2f7a-4c7e-9a55-0d1c9a1f3e10";
                case "client_id" -> "no-such-client";
                case "period_start", "start", "date" -> "2024-11-01";
                case "end" -> "2024-11-02";
                default -> "x";
            };
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    private static JsonNode resolve(JsonNode node) {
        if (!node.has("$ref")) {
            return node;
        }
        JsonNode target = contract;
        for (String part : node.get("$ref").asText().substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }

    private static String shorten(String text) {
        String printable = text.replace("\u0000", "\\0").replace("\r\n", "\\r\\n");
        return printable.length() > 80 ? printable.substring(0, 80) + "…(" + printable.length() + ")" : printable;
    }
}
