package fr.accdatahub.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import fr.accdatahub.auth.domain.SigningKey;
import fr.accdatahub.support.Api;
import fr.accdatahub.support.DatabaseTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may call what: every endpoint against every kind of bad token, role and foreign agreement. */
@QuarkusTest
class AccessMatrixTest {

    record Endpoint(String method, String path, boolean operatorOnly, String contentType) {
        Endpoint(String method, String path, boolean operatorOnly) {
            this(method, path, operatorOnly, "application/json");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }

        Response call(RequestSpecification request) {
            byte[] body = (contentType.equals("text/plain") ? "x" : "{}").getBytes(StandardCharsets.UTF_8);
            return request.contentType(contentType).body(body).request(method, path);
        }
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("GET", Api.AGREEMENTS, false),
                new Endpoint("GET", Api.AGREEMENTS + "/ACC00000001", false),
                new Endpoint("GET", Api.AGREEMENTS + "/ACC00000001/perimeter", false),
                new Endpoint("POST", Api.AGREEMENTS + "/ACC00000001/repartition_keys", false),
                new Endpoint("POST", Api.AGREEMENTS + "/ACC00000001/repartition_keys/files"
                        + "?filename=ACC00000001_15_01112024_30112024.txt", false, "text/plain"),
                new Endpoint("GET", Api.AGREEMENTS + "/ACC00000001/repartition_keys?start=2024-11-01&end=2024-11-02",
                        false),
                new Endpoint("GET", Api.AGREEMENTS + "/ACC00000001/repartition_keys/submissions", false),
                new Endpoint("GET", Api.AGREEMENTS + "/ACC00000001/repartition_keys/submissions/"
                        + "00000000-0000-0000-0000-000000000000", false),
                new Endpoint("PUT", "/operator/v1/agreements/ACC00000001/raw_load_curves", true),
                new Endpoint("POST", "/operator/v1/agreements/ACC00000001/calculations", true),
                new Endpoint("GET", "/operator/v1/agreements/ACC00000001/calculations", true),
                new Endpoint("GET", Api.AGREEMENTS + "/ACC00000001/definitive_load_curves?start=2024-11-01&end=2024-11-02",
                        false),
                new Endpoint("GET", Api.AGREEMENTS + "/ACC00000001/definitive_active_energy/cons/10101010101023"
                        + "?start=2024-11-01&end=2024-11-02", false),
                new Endpoint("GET", Api.AGREEMENTS + "/ACC00000001/definitive_active_energy/prod/20202020202001"
                        + "?start=2024-11-01&end=2024-11-02", false),
                new Endpoint("GET", Api.AGREEMENTS + "/ACC00000001/indicators?start=2024-11-01&end=2024-11-02", false),
                new Endpoint("GET", "/operator/v1/agreements/ACC00000001/packages/2024-11-01", true),
                new Endpoint("GET", Api.AGREEMENTS + "/ACC00000001/packages/2024-11-01", false),
                new Endpoint("GET", Api.AGREEMENTS + "/ACC00000001/publications", false),
                new Endpoint("GET", Api.AGREEMENTS + "/ACC00000001/mandates", false),
                new Endpoint("GET", Api.AGREEMENTS + "/ACC00000001/audit?start=2024-11-01&end=2024-12-01", false),
                new Endpoint("GET", "/collective_self_consumption/v4/events", false),
                new Endpoint("POST", Api.AGREEMENTS + "/ACC00000001/simulations", false),
                new Endpoint("POST", Api.AGREEMENTS + "/ACC00000001/repartition_keys/generate", false),
                new Endpoint("PUT", "/collective_self_consumption/v4/webhook", false),
                new Endpoint("GET", "/collective_self_consumption/v4/webhook", false),
                new Endpoint("DELETE", "/collective_self_consumption/v4/webhook", false),
                new Endpoint("POST", "/collective_self_consumption/v4/webhook/test", false),
                new Endpoint("GET", "/collective_self_consumption/v4/webhook/deliveries", false),
                new Endpoint("GET", Api.AGREEMENTS + "/ACC00000001/publications/00000000-0000-0000-0000-000000000000",
                        false),
                new Endpoint("POST", Api.AGREEMENTS + "/ACC00000001/requests", false),
                new Endpoint("GET", Api.AGREEMENTS + "/ACC00000001/requests", false),
                new Endpoint("POST", Api.AGREEMENTS + "/ACC00000001/requests/files?effective_date=2025-04-01", false,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                new Endpoint("GET", Api.AGREEMENTS + "/ACC00000001/requests/00000000-0000-0000-0000-000000000000",
                        false),
                new Endpoint("GET", "/operator/v1/requests", true),
                new Endpoint("POST", "/operator/v1/requests/00000000-0000-0000-0000-000000000000/answer", true),
                new Endpoint("GET", "/operator/v1/clock", true),
                new Endpoint("PUT", "/operator/v1/clock", true),
                new Endpoint("DELETE", "/operator/v1/clock", true),
                new Endpoint("GET", "/operator/v1/scenarios", true),
                new Endpoint("POST", "/operator/v1/scenarios/dst-march", true),
                new Endpoint("DELETE", "/operator/v1/scenarios/ACC00000001", true),
                new Endpoint("PUT", "/operator/v1/faults", true),
                new Endpoint("GET", "/operator/v1/faults", true),
                new Endpoint("DELETE", "/operator/v1/faults", true),
                new Endpoint("POST", "/operator/v1/agreements", true),
                new Endpoint("PUT", "/operator/v1/agreements/ACC00000001", true),
                new Endpoint("PUT", "/operator/v1/agreements/ACC00000001/participants/10101010101023/cons", true),
                new Endpoint("DELETE", "/operator/v1/agreements/ACC00000001/participants/10101010101023/cons", true),
                new Endpoint("POST", "/operator/v1/clients", true),
                new Endpoint("GET", "/operator/v1/clients", true),
                new Endpoint("DELETE", "/operator/v1/clients/demo-pmo", true),
                new Endpoint("PUT", "/operator/v1/clients/demo-pmo/mandates/ACC00000001", true),
                new Endpoint("DELETE", "/operator/v1/clients/demo-pmo/mandates/ACC00000001", true),
                new Endpoint("POST", "/operator/v1/clients/demo-pmo/secrets", true));
    }

    static Stream<Endpoint> agreementEndpoints() {
        return endpoints().filter(e -> !e.operatorOnly() && e.path().contains("ACC"));
    }

    static Stream<Endpoint> operatorEndpoints() {
        return endpoints().filter(Endpoint::operatorOnly);
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void withoutATokenIs401(Endpoint endpoint) {
        expect401(endpoint.call(given()));
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void aForgedSignatureIs401(Endpoint endpoint) {
        String forged = claims("https://acc-datahub.local", Instant.now().plusSeconds(600))
                .jws().keyId("forged").sign(SigningKey.generate().privateKey());
        expect401(endpoint.call(given().auth().oauth2(forged)));
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void anExpiredTokenIs401(Endpoint endpoint) {
        String expired = claims("https://acc-datahub.local", Instant.now().minusSeconds(600))
                .issuedAt(Instant.now().minusSeconds(13200))
                .jws().keyId(testKey().keyId()).sign(testKey().privateKey());
        expect401(endpoint.call(given().auth().oauth2(expired)));
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void aWrongIssuerIs401(Endpoint endpoint) {
        String foreign = claims("https://elsewhere.example", Instant.now().plusSeconds(600))
                .jws().keyId(testKey().keyId()).sign(testKey().privateKey());
        expect401(endpoint.call(given().auth().oauth2(foreign)));
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void aRevokedTokenIs401(Endpoint endpoint) {
        String token = given().auth().preemptive().basic("demo-operator", "demo-operator-secret")
                .formParam("grant_type", "client_credentials")
                .post("/oauth2/v3/token").then().statusCode(200).extract().path("access_token");
        given().formParam("token", token).post("/oauth2/v3/revoke").then().statusCode(200);
        expect401(endpoint.call(given().auth().oauth2(token)));
    }

    @Test
    void aWellSignedTokenOfAnUnknownClientIs401() {
        String token = claims("https://acc-datahub.local", Instant.now().plusSeconds(600))
                .jws().keyId(testKey().keyId()).sign(testKey().privateKey());
        expect401(given().auth().oauth2(token).get(Api.AGREEMENTS));
    }

    @ParameterizedTest
    @MethodSource("operatorEndpoints")
    void aPmoClientOnOperatorEndpointsIs403(Endpoint endpoint) {
        endpoint.call(Api.asPmo()).then().statusCode(403)
                .contentType(ContentType.JSON)
                .body("error", equalTo("access_denied"));
    }

    @ParameterizedTest
    @MethodSource("agreementEndpoints")
    void anotherPmosAgreementAnswersExactlyLikeANonExistentOne(Endpoint endpoint) {
        String siret = Api.newSiret();
        Api.newAgreement("DYNAMIC_SIMPLE", "2025-01-01", siret);
        String otherPmo = Api.pmoClientToken(siret);

        String foreign = endpoint.call(Api.as(otherPmo)).then().statusCode(404)
                .body("error", equalTo("not_found")).extract().asString();
        String missing = new Endpoint(endpoint.method(), endpoint.path().replace("ACC00000001", "ACC09999999"), false,
                endpoint.contentType()).call(Api.as(otherPmo)).then().statusCode(404).extract().asString();
        Assertions.assertEquals(missing.replace("ACC09999999", "ACC00000001"), foreign);
    }

    @Test
    void aPmoListsOnlyTheAgreementsOfItsPmoAndItsMandates() {
        String siret = Api.newSiret();
        String own = Api.newAgreement("DYNAMIC_SIMPLE", "2025-01-01", siret);
        String token = Api.pmoClientToken(siret, "ACC00000002");

        Api.as(token).get(Api.AGREEMENTS).then().statusCode(200)
                .body("agreements.agreement_id", equalTo(List.of("ACC00000002", own)));
        Api.as(token).get(Api.AGREEMENTS + "/ACC00000002").then().statusCode(200);
        Api.as(token).get(Api.AGREEMENTS + "/ACC00000001").then().statusCode(404);
        Api.asPmo().get(Api.AGREEMENTS).then().statusCode(200)
                .body("agreements.agreement_id", not(hasItem(own)));
    }

    @Test
    void anOperatorSeesEveryAgreement() {
        String other = Api.newAgreement("DYNAMIC_FULL", "2025-01-01");
        Api.asOperator().get(Api.AGREEMENTS).then().statusCode(200)
                .body("agreements.agreement_id", hasItem(other));
    }

    private static void expect401(Response response) {
        response.then().statusCode(401)
                .contentType(ContentType.JSON)
                .header("WWW-Authenticate", Matchers.startsWith("Bearer"))
                .body("error", equalTo("invalid_token"));
    }

    private static JwtClaimsBuilder claims(String issuer, Instant expiry) {
        return Jwt.issuer(issuer).audience("acc-datahub").subject("demo-operator").claim("client_id", "ghost")
                .claim("jti", UUID.randomUUID().toString()).groups("operator")
                .issuedAt(expiry.minusSeconds(1200)).expiresAt(expiry);
    }

    private static SigningKey testKey() {
        return SigningKey.read(DatabaseTestResource.DATA_DIRECTORY.resolve("token-signing-key.pem"));
    }
}
