package fr.accdatahub.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import fr.accdatahub.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TokenEndpointTest {

    private static final String TOKEN = "/oauth2/v3/token";

    @Test
    void basicCredentialsGetABearerTokenOfTheDocumentedShape() {
        String token = given().auth().preemptive().basic("demo-pmo", "demo-pmo-secret")
                .formParam("grant_type", "client_credentials")
                .post(TOKEN)
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(12600))
                .body("scope", equalTo("collective_self_consumption"))
                .extract().path("access_token");
        Map<?, ?> header = decode(token.split("\\.")[0]);
        assertEquals("RS256", header.get("alg"));
        assertNotNull(header.get("kid"));
        Map<?, ?> claims = decode(token.split("\\.")[1]);
        assertEquals("demo-pmo", claims.get("sub"));
        assertEquals("acc-datahub", claims.get("aud"));
        assertNotNull(claims.get("jti"));
        assertEquals(12600L, ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue());
    }

    @Test
    void formCredentialsWorkToo() {
        given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "demo-operator").formParam("client_secret", "demo-operator-secret")
                .post(TOKEN)
                .then().statusCode(200)
                .body("access_token", notNullValue())
                .body("scope", equalTo("collective_self_consumption operator"));
    }

    @Test
    void aRequestedScopeMustBeGranted() {
        given().auth().preemptive().basic("demo-pmo", "demo-pmo-secret")
                .formParam("grant_type", "client_credentials").formParam("scope", "operator")
                .post(TOKEN)
                .then().statusCode(400).body("error", equalTo("invalid_scope"));
        given().auth().preemptive().basic("demo-pmo", "demo-pmo-secret")
                .formParam("grant_type", "client_credentials").formParam("scope", "collective_self_consumption")
                .post(TOKEN)
                .then().statusCode(200).body("scope", equalTo("collective_self_consumption"));
    }

    @Test
    void aMalformedOrRepeatedFormIsAnInvalidRequest() {
        for (String form : new String[] {"grant_type=%ZZ", "grant_type=client_credentials&grant_type=client_credentials",
                "grant_type=client_credentials&scope=%"}) {
            given().auth().preemptive().basic("demo-pmo", "demo-pmo-secret")
                    .contentType("application/x-www-form-urlencoded").body(form)
                    .post(TOKEN)
                    .then().statusCode(400).contentType(ContentType.JSON)
                    .body("error", equalTo("invalid_request"));
        }
        given().contentType("application/x-www-form-urlencoded").body("token=%G0").post("/oauth2/v3/revoke")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void theTokenEndpointsTakeOnlySmallForms() {
        given().contentType("text/plain").body("grant_type=client_credentials").post(TOKEN)
                .then().statusCode(415).body("error", equalTo("unsupported_media_type"));
        given().contentType("application/x-www-form-urlencoded").body("token=" + "x".repeat(9_000))
                .post("/oauth2/v3/revoke")
                .then().statusCode(413).header("Connection", "close").body("error", equalTo("payload_too_large"));
    }

    @Test
    void aMissingGrantTypeIsAnInvalidRequest() {
        given().auth().preemptive().basic("demo-pmo", "demo-pmo-secret").formParam("scope", "x")
                .post(TOKEN)
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("error", equalTo("invalid_request"))
                .body("error_description", notNullValue());
    }

    @Test
    void anotherGrantIsUnsupported() {
        given().auth().preemptive().basic("demo-pmo", "demo-pmo-secret").formParam("grant_type", "password")
                .post(TOKEN)
                .then().statusCode(400).body("error", equalTo("unsupported_grant_type"));
    }

    @Test
    void aWrongSecretIsAnInvalidClient() {
        given().auth().preemptive().basic("demo-pmo", "wrong").formParam("grant_type", "client_credentials")
                .post(TOKEN)
                .then().statusCode(401)
                .header("WWW-Authenticate", "Basic realm=\"acc-datahub\"")
                .body("error", equalTo("invalid_client"));
        given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "nobody").formParam("client_secret", "whatever")
                .post(TOKEN)
                .then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void noCredentialsIsAnInvalidClient() {
        given().formParam("grant_type", "client_credentials")
                .post(TOKEN)
                .then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void credentialsTwiceAreAnInvalidRequest() {
        given().auth().preemptive().basic("demo-pmo", "demo-pmo-secret")
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "demo-pmo").formParam("client_secret", "demo-pmo-secret")
                .post(TOKEN)
                .then().statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void malformedBasicHeaderIsAnInvalidRequest() {
        given().header("Authorization", "Basic %%%").formParam("grant_type", "client_credentials")
                .post(TOKEN)
                .then().statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void anotherContentTypeIs415() {
        given().auth().preemptive().basic("demo-pmo", "demo-pmo-secret")
                .contentType(ContentType.JSON).body("{\"grant_type\":\"client_credentials\"}")
                .post(TOKEN)
                .then().statusCode(415).body("error", equalTo("unsupported_media_type"));
    }

    @Test
    void aRevokedTokenIsRefusedAfterwards() {
        String token = given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "demo-pmo").formParam("client_secret", "demo-pmo-secret")
                .post(TOKEN).then().statusCode(200).extract().path("access_token");
        Api.as(token).get(Api.AGREEMENTS).then().statusCode(200);

        given().formParam("token", token).post("/oauth2/v3/revoke").then().statusCode(200);

        Api.as(token).get(Api.AGREEMENTS).then().statusCode(401).body("error", equalTo("invalid_token"));
    }

    @Test
    void revokingAnUnknownTokenAnswers200() {
        given().formParam("token", "not-a-token").post("/oauth2/v3/revoke").then().statusCode(200);
    }

    @Test
    void revokingWithoutATokenIsAnInvalidRequest() {
        given().formParam("other", "x").post("/oauth2/v3/revoke")
                .then().statusCode(400).body("error", is("invalid_request"));
    }

    private static Map<?, ?> decode(String part) {
        String json = new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
        return JsonPath.from(json).getMap("$");
    }
}
