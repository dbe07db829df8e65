package fr.accdatahub.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import fr.accdatahub.auth.domain.SigningKey;
import fr.accdatahub.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every failure, the framework's included, answers in the one JSON error format. */
@QuarkusTest
class ErrorFormatTest {

    @Test
    void anUnknownPathIs404() {
        expect(given().get("/no/such/path").then(), 404, "not_found");
        expect(Api.asPmo().get("/collective_self_consumption/v4/nothing").then(), 404, "not_found");
    }

    @Test
    void anUnsupportedMethodIs405() {
        expect(Api.asOperator().patch(Api.OPERATOR + "/agreements/ACC00000001").then(), 405, "method_not_allowed");
    }

    @Test
    void anUnproducibleMediaTypeIs406() {
        expect(Api.asPmo().accept("application/xml").get(Api.AGREEMENTS + "/ACC00000001").then(), 406,
                "not_acceptable");
    }

    @Test
    void anUnsupportedContentTypeIs415() {
        expect(Api.asOperator().contentType(ContentType.XML).body("<a/>").post(Api.OPERATOR + "/agreements").then(),
                415, "unsupported_media_type");
    }

    @Test
    void malformedJsonIs400() {
        expect(Api.asOperator().body("{bad").post(Api.OPERATOR + "/agreements").then(), 400, "invalid_request");
        expect(Api.asOperator().body("[1]").post(Api.OPERATOR + "/agreements").then(), 400, "invalid_request");
        expect(Api.asOperator().body("").post(Api.OPERATOR + "/agreements").then(), 400, "invalid_request");
    }

    @Test
    void wrongTypesAndUnknownFieldsAre400NamingTheField() {
        expect(Api.asOperator().body("{\"name\":\"x\",\"start_date\":\"2024-02-30\"}")
                .post(Api.OPERATOR + "/agreements").then(), 400, "invalid_request")
                .body("error_description", equalTo("at 'start_date': '2024-02-30' is not a date YYYY-MM-DD"));
        expect(Api.asOperator().body("{\"name\":\"x\",\"colour\":\"blue\"}")
                .post(Api.OPERATOR + "/agreements").then(), 400, "invalid_request")
                .body("error_description", equalTo("at 'colour': unknown field"));
        expect(Api.asOperator().body("{\"name\":[1]}")
                .post(Api.OPERATOR + "/agreements").then(), 400, "invalid_request")
                .body("error_description", equalTo("at 'name': expected a string"));
    }

    @Test
    void valuesTheDatabaseCannotHoldAre4xxNot500() {
        String agreement = Api.newAgreement("DYNAMIC_SIMPLE", "2025-01-01");
        expect(Api.asOperator().body("{\"start\":\"2025-01-01\",\"name\":\"nul\\u0000byte\"}")
                .put(Api.OPERATOR + "/agreements/" + agreement + "/participants/" + Api.newPrm() + "/cons").then(),
                400, "invalid_request");
        expect(Api.asOperator().delete(Api.OPERATOR + "/clients/%00").then(), 404, "not_found");
        expect(given().formParam("grant_type", "client_credentials").formParam("client_id", "a\u0000b")
                .formParam("client_secret", "x").post("/oauth2/v3/token").then(), 401, "invalid_client");
    }

    @Test
    void aTokenForAnotherAudienceIs401() {
        fr.accdatahub.auth.domain.SigningKey key = fr.accdatahub.auth.domain.SigningKey.read(
                fr.accdatahub.support.DatabaseTestResource.DATA_DIRECTORY.resolve("token-signing-key.pem"));
        String token = Jwt.issuer("https://acc-datahub.local").audience("another-api")
                .subject("demo-operator").claim("client_id", "demo-operator").groups("operator")
                .expiresAt(Instant.now().plusSeconds(600)).jws().keyId(key.keyId()).sign(key.privateKey());
        expect(given().auth().oauth2(token).get(Api.AGREEMENTS).then(), 401, "invalid_token");
    }

    private static ValidatableResponse expect(ValidatableResponse response, int status, String code) {
        return response.statusCode(status)
                .contentType(ContentType.JSON)
                .body("error", equalTo(code))
                .body("error_description", notNullValue());
    }
}
