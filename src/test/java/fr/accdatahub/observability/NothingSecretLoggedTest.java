package fr.accdatahub.observability;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.support.Api;
import fr.accdatahub.support.Api.Fixture;
import fr.accdatahub.support.Receiver;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a client must keep to itself, and what tells who the participants are, never reaches the logs or the
 * metrics: client and webhook secrets, tokens, a wrong secret tried, participants' names, addresses and e-mails.
 * The flows that handle them run, and the service's own log file (the test profile writes one) and the Prometheus
 * page are read for each value.
 */
@QuarkusTest
class NothingSecretLoggedTest {

    private static final Path LOG = Path.of("target", "quarkus-test.log");

    @Test
    void secretsTokensAndParticipantsPersonalDataAreNeitherLoggedNorInTheMetrics() throws IOException {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2025-01-01", 1, 1);
        Map<?, ?> client = Api.asOperator().body(Map.of("role", "pmo", "pmo_siret", agreement.siret()))
                .post(Api.OPERATOR + "/clients").then().statusCode(201).extract().as(Map.class);
        String clientSecret = (String) client.get("client_secret");
        String token = Api.token((String) client.get("client_id"), clientSecret);
        String wrongSecret = "wrong-" + unique + "-secret";
        given().auth().preemptive().basic((String) client.get("client_id"), wrongSecret)
                .formParam("grant_type", "client_credentials").post("/oauth2/v3/token").then().statusCode(401);
        String holder = "Mme Zoé Confidentielle" + unique;
        String address = unique + " rue des Secrets, 69003 Lyon";
        String email = "zoe." + unique + "@example.fr";
        Api.as(token).body(Map.of("type", "PARTICIPANT_ENTRY", "effective_date", "2025-06-02",
                        "participant", Map.of("usage_point_id", Api.newPrm(), "role", "cons", "holder_name", holder,
                                "address", address, "email", email)))
                .post(Api.AGREEMENTS + "/" + agreement.agreementId() + "/requests").then().statusCode(201);
        String webhookSecret;
        try (Receiver receiver = Receiver.start()) {
            webhookSecret = Api.as(token).body(Map.of("url", receiver.url(), "event_types",
                    List.of("repartition_keys.judged"))).put("/collective_self_consumption/v4/webhook").then()
                    .statusCode(200).extract().path("secret");
            Api.as(token).body(Map.of("key_type", "DYNAMIC_SIMPLE", "steps", List.of(Map.of(
                            "start", "2025-01-05T10:00:00+01:00", "keys", Api.keys(agreement.consumers(), 100)))))
                    .post(Api.AGREEMENTS + "/" + agreement.agreementId() + "/repartition_keys").then()
                    .statusCode(200);
            receiver.next(Duration.ofSeconds(10));
            Api.as(token).delete("/collective_self_consumption/v4/webhook").then().statusCode(204);
        }
        assertTrue(Files.exists(LOG), "the test profile writes the service's log to " + LOG);
        String logged = Files.readString(LOG, StandardCharsets.UTF_8);
        assertTrue(logged.contains(agreement.agreementId()), "the log holds this test's requests");
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String value : List.of(clientSecret, token, token.split("\\.")[2], wrongSecret, webhookSecret,
                webhookSecret.substring("whsec_".length()), holder, address, email)) {
            assertFalse(logged.contains(value), "logged: " + value);
            assertFalse(metrics.contains(value), "in the metrics: " + value);
        }
    }
}
