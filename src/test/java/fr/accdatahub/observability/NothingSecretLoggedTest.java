package fr.accdatahub.observability;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.support.Api;
import fr.accdatahub.support.Api.Fixture;
import fr.accdatahub.support.Receiver;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/**
 * What a client must keep to itself, and what tells who the participants are, never reaches the logs or the
 * metrics: client and webhook secrets, tokens, a wrong secret tried, participants' names, addresses and e-mails.
 * The flows that handle them run while every log record of the service is captured (a handler on the root logger,
 * each record formatted with its exception), then the records and the Prometheus page are read for each value.
 */
@QuarkusTest
class NothingSecretLoggedTest {

    @Test
    void secretsTokensAndParticipantsPersonalDataAreNeitherLoggedNorInTheMetrics() {
        Capture capture = new Capture();
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            assertNothingSecretIn(capture);
        } finally {
            root.removeHandler(capture);
        }
    }

    private void assertNothingSecretIn(Capture capture) {
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
        String logged = capture.text();
        assertTrue(logged.contains(agreement.agreementId()), "the capture holds this test's requests");
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String value : List.of(clientSecret, token, token.split("\\.")[2], wrongSecret, webhookSecret,
                webhookSecret.substring("whsec_".length()), holder, address, email)) {
            assertFalse(logged.contains(value), "logged: " + value);
            assertFalse(metrics.contains(value), "in the metrics: " + value);
        }
    }

    /** Every record logged meanwhile, formatted as a log line would show it, with its exception's chain. */
    private static final class Capture extends Handler {

        private final StringBuilder text = new StringBuilder();
        private final Formatter formatter = new SimpleFormatter();

        @Override
        public synchronized void publish(LogRecord record) {
            String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : formatter.format(record);
            text.append(record.getLoggerName()).append(' ').append(message).append('\n');
            for (Throwable thrown = record.getThrown(); thrown != null; thrown = thrown.getCause()) {
                text.append(thrown).append('\n');
            }
        }

        synchronized String text() {
            return text.toString();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
