package fr.accdatahub.auth;

import static fr.accdatahub.support.Api.OPERATOR;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.accdatahub.support.Api;
import fr.accdatahub.support.Eventually;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A secret rotated without downtime: both work until the previous one's end, then only the new one. */
@QuarkusTest
class SecretRotationTest {

    private static Response token(String clientId, String secret) {
        return given().auth().preemptive().basic(clientId, secret).formParam("grant_type", "client_credentials")
                .post("/oauth2/v3/token");
    }

    @Test
    void thePreviousSecretWorksUntilItsEndThenStops() {
        Map<String, Object> created = Api.asOperator().body(Map.of("role", "pmo", "pmo_siret", "12345678900014"))
                .post(OPERATOR + "/clients").then().statusCode(201).extract().as(Map.class);
        String clientId = (String) created.get("client_id");
        String first = (String) created.get("client_secret");
        OffsetDateTime until = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(3);
        String second = Api.asOperator().body(Map.of("previous_valid_until", until.toString()))
                .post(OPERATOR + "/clients/" + clientId + "/secrets").then().statusCode(201)
                .header("Cache-Control", "no-store")
                .body("client_id", equalTo(clientId))
                .extract().path("client_secret");
        assertNotEquals(first, second);
        token(clientId, first).then().statusCode(200);
        token(clientId, second).then().statusCode(200);
        Eventually.holds(Duration.ofSeconds(6), () -> token(clientId, first).then().statusCode(401)
                .body("error", equalTo("invalid_client")));
        token(clientId, second).then().statusCode(200);

        String third = Api.asOperator().body(Map.of("previous_valid_until", OffsetDateTime.now().minusDays(1)
                        .toString())).post(OPERATOR + "/clients/" + clientId + "/secrets").then().statusCode(201)
                .extract().path("client_secret");
        token(clientId, second).then().statusCode(401);
        token(clientId, third).then().statusCode(200);
    }

    @Test
    void aRotationIsBoundedAndForAnExistingClient() {
        Api.asOperator().body(Map.of("previous_valid_until", OffsetDateTime.now().plusDays(31).toString()))
                .post(OPERATOR + "/clients/demo-pmo/secrets").then().statusCode(400);
        Api.asOperator().body(Map.of()).post(OPERATOR + "/clients/demo-pmo/secrets").then().statusCode(400);
        Api.asOperator().body(Map.of("previous_valid_until", OffsetDateTime.now().plusDays(1).toString()))
                .post(OPERATOR + "/clients/nobody-at-all/secrets").then().statusCode(404);
        token("demo-pmo", "demo-pmo-secret").then().statusCode(200);
    }
}
