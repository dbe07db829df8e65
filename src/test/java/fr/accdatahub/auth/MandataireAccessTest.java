package fr.accdatahub.auth;

import static fr.accdatahub.support.Api.AGREEMENTS;
import static fr.accdatahub.support.Api.OPERATOR;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.auth.AccessMatrixTest.Endpoint;
import fr.accdatahub.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The access matrix of mandataire clients: every endpoint under a mandate before its {@code from}, after its
 * {@code to}, with {@code read} only, and the operator's endpoints; what a mandataire lists and what the PMO sees of
 * its mandates.
 */
@QuarkusTest
class MandataireAccessTest {

    private static final String AGREEMENT = "ACC00000001";
    /** The endpoints that submit (scope {@code submit}), as {@link AccessMatrixTest} lists them. */
    private static final Set<String> SUBMITTING = Set.of("/repartition_keys", "/repartition_keys/files",
            "/requests", "/requests/files");

    private static final Map<String, String> TOKENS = new HashMap<>();

    static boolean submits(Endpoint endpoint) {
        String tail = endpoint.path().replaceFirst("^.*/ACC00000001", "").replaceFirst("\\?.*$", "");
        return endpoint.method().equals("POST") && SUBMITTING.contains(tail);
    }

    static Stream<Endpoint> submitEndpoints() {
        return AccessMatrixTest.agreementEndpoints().filter(MandataireAccessTest::submits);
    }

    static Stream<Endpoint> readEndpoints() {
        return AccessMatrixTest.agreementEndpoints().filter(endpoint -> !submits(endpoint));
    }

    private static LocalDate today() {
        return Api.asOperator().get(OPERATOR + "/clock").then().statusCode(200).extract().jsonPath()
                .getString("now").transform(now -> LocalDate.parse(now.substring(0, 10)));
    }

    /** A mandataire client of its own, mandated for ACC00000001 on those terms (made once per kind). */
    private static synchronized RequestSpecification mandataire(String kind, Map<String, Object> terms) {
        String token = TOKENS.computeIfAbsent(kind, k -> {
            Map<String, Object> created = Api.asOperator().body(Map.of("role", "mandataire",
                            "name", "Mandataire " + k, "siret", Api.newSiret(), "contact", "ops@example.org"))
                    .post(OPERATOR + "/clients").then().statusCode(201)
                    .body("role", equalTo("mandataire")).extract().as(Map.class);
            String clientId = (String) created.get("client_id");
            if (terms != null) {
                Api.asOperator().body(terms).put(OPERATOR + "/clients/" + clientId + "/mandates/" + AGREEMENT)
                        .then().statusCode(204);
            }
            return Api.token(clientId, (String) created.get("client_secret"));
        });
        return Api.as(token);
    }

    private static RequestSpecification readOnly() {
        return mandataire("read", Map.of("scopes", List.of("read")));
    }

    private static RequestSpecification notYet() {
        return mandataire("not-yet", Map.of("from", today().plusDays(10).toString()));
    }

    private static RequestSpecification expired() {
        return mandataire("expired", Map.of("from", today().minusDays(30).toString(),
                "to", today().toString()));
    }

    @ParameterizedTest
    @MethodSource("fr.accdatahub.auth.AccessMatrixTest#agreementEndpoints")
    void beforeItsFromOrFromItsToTheAgreementIsNotThere(Endpoint endpoint) {
        for (RequestSpecification outside : List.of(notYet(), expired())) {
            endpoint.call(outside).then().statusCode(404).body("error", equalTo("not_found"));
        }
    }

    @ParameterizedTest
    @MethodSource("submitEndpoints")
    void aReadOnlyMandateCannotSubmitWhateverTheBody(Endpoint endpoint) {
        endpoint.call(readOnly()).then().statusCode(403).contentType(ContentType.JSON)
                .body("error", equalTo("access_denied"));
        readOnly().contentType(endpoint.contentType()).body("{not json".getBytes())
                .request(endpoint.method(), endpoint.path()).then().statusCode(403);
    }

    /** What only the agreement's PMO and the operator see: its mandates and its audit trail. */
    private static boolean thePmosAlone(Endpoint endpoint) {
        return endpoint.path().contains("/mandates") || endpoint.path().contains("/audit");
    }

    @ParameterizedTest
    @MethodSource("readEndpoints")
    void aReadOnlyMandateReadsAsThePmoDoes(Endpoint endpoint) {
        int expected = thePmosAlone(endpoint) ? 403 : endpoint.call(Api.asPmo()).statusCode();
        assertEquals(expected, endpoint.call(readOnly()).statusCode(), endpoint.toString());
    }

    @ParameterizedTest
    @MethodSource("fr.accdatahub.auth.AccessMatrixTest#operatorEndpoints")
    void aMandataireOnOperatorEndpointsIs403(Endpoint endpoint) {
        endpoint.call(readOnly()).then().statusCode(403).body("error", equalTo("access_denied"));
    }

    @Test
    void aMandataireListsExactlyTheAgreementsItsMandatesHoldToday() {
        readOnly().get(AGREEMENTS).then().statusCode(200).body("agreements.agreement_id", equalTo(List.of(AGREEMENT)));
        notYet().get(AGREEMENTS).then().statusCode(200).body("agreements", equalTo(List.of()));
        expired().get(AGREEMENTS).then().statusCode(200).body("agreements", equalTo(List.of()));
        readOnly().get(AGREEMENTS + "/ACC00000002").then().statusCode(404);
    }

    @Test
    void theEventFeedHoldsOnlyTheAgreementsAMandateReadsToday() {
        List<Map<String, Object>> read = Api.events(readOnly(), "");
        assertTrue(!read.isEmpty() && read.stream().allMatch(event -> AGREEMENT.equals(event.get("agreement_id"))),
                read.toString());
        assertEquals(List.of(), Api.events(expired(), ""));
        assertEquals(List.of(), Api.events(notYet(), ""));
    }

    @Test
    void aMandataireSubmitsForItselfOnlyWithAMandateToSubmit() {
        readOnly().body(Map.of("url", "http://127.0.0.1:9/hook", "event_types", List.of("repartition_keys.judged")))
                .put("/collective_self_consumption/v4/webhook").then().statusCode(403)
                .body("error", equalTo("access_denied"));
        readOnly().delete("/collective_self_consumption/v4/webhook").then().statusCode(not(equalTo(403)));
        RequestSpecification submitter = mandataire("submit", Map.of());
        submitter.body(Map.of()).put("/collective_self_consumption/v4/webhook").then().statusCode(400);
        submitter.body(Map.of("key_type", "DYNAMIC_FULL", "steps", List.of()))
                .post(AGREEMENTS + "/" + AGREEMENT + "/repartition_keys").then().statusCode(not(equalTo(403)));
    }

    @Test
    void thePmoSeesTheMandatesOnItsAgreementAndNobodyElseDoes() {
        readOnly();
        notYet();
        List<Map<String, Object>> mandates = Api.asPmo().get(AGREEMENTS + "/" + AGREEMENT + "/mandates")
                .then().statusCode(200).extract().jsonPath().getList("mandates");
        Map<String, Object> read = mandates.stream().filter(m -> "Mandataire read".equals(m.get("name")))
                .findFirst().orElseThrow();
        assertEquals(List.of("read"), read.get("scopes"));
        assertEquals("mandataire", read.get("role"));
        Map<String, Object> later = mandates.stream().filter(m -> "Mandataire not-yet".equals(m.get("name")))
                .findFirst().orElseThrow();
        assertEquals(today().plusDays(10).toString(), later.get("from"));
        assertEquals(List.of("read", "submit"), later.get("scopes"));
        readOnly().get(AGREEMENTS + "/" + AGREEMENT + "/mandates").then().statusCode(403);
        String otherPmo = Api.newSiret();
        Api.newAgreement("DYNAMIC_SIMPLE", "2025-01-01", otherPmo);
        Api.as(Api.pmoClientToken(otherPmo)).get(AGREEMENTS + "/" + AGREEMENT + "/mandates").then().statusCode(404);
        Api.asOperator().get(AGREEMENTS + "/" + AGREEMENT + "/mandates").then().statusCode(200);
    }

    @Test
    void badClientsAndMandatesAreRefused() {
        Api.asOperator().body(Map.of("role", "mandataire", "name", "Sans SIRET")).post(OPERATOR + "/clients")
                .then().statusCode(400);
        Api.asOperator().body(Map.of("role", "pmo", "pmo_siret", "12345678900014", "name", "x"))
                .post(OPERATOR + "/clients").then().statusCode(400);
        String path = OPERATOR + "/clients/demo-pmo/mandates/" + AGREEMENT;
        Api.asOperator().body(Map.of("from", "2025-02-01", "to", "2025-01-01")).put(path).then().statusCode(400);
        Api.asOperator().body(Map.of("scopes", List.of("submit"))).put(path).then().statusCode(400);
        Api.asOperator().body(Map.of("scopes", List.of("write"))).put(path).then().statusCode(400);
        Api.asOperator().put(OPERATOR + "/clients/demo-operator/mandates/" + AGREEMENT).then().statusCode(409);
        Api.asOperator().body(Map.of("scopes", List.of("read"))).put(path).then().statusCode(409)
                .body("error", equalTo("mandate_on_own_agreement"));
        Api.asPmo().body(Map.of("key_type", "DYNAMIC_FULL", "steps", List.of()))
                .post(AGREEMENTS + "/" + AGREEMENT + "/repartition_keys").then().statusCode(not(equalTo(403)));
    }
}
