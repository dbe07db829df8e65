package fr.accdatahub.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.support.Api;
import fr.accdatahub.support.Eventually;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The callers' directory each replica keeps in memory: a change made anywhere in the database (by this replica,
 * another one, or by hand) is refused within a second, whether its notification arrives or not.
 */
@QuarkusTest
class CallerDirectoryTest {

    private static final Duration WITHIN = Duration.ofSeconds(1);

    @Inject
    CallerDirectory directory;

    @Inject
    Pool pool;

    @Test
    void aClientDeletedInTheDatabaseIsRefusedWithinASecond() {
        Map<?, ?> client = newOperatorClient();
        String clientId = (String) client.get("client_id");
        String token = Api.token(clientId, (String) client.get("client_secret"));
        Api.as(token).get(Api.OPERATOR + "/clients").then().statusCode(200);
        sql("DELETE FROM api_client WHERE client_id = $1", clientId);
        long deleted = System.nanoTime();
        Eventually.holds(WITHIN, () -> Api.as(token).get(Api.OPERATOR + "/clients").then().statusCode(401));
        assertTrue(System.nanoTime() - deleted < WITHIN.toNanos() + 200_000_000L);
    }

    @Test
    void aRevocationWhoseNotificationWasMissedIsFoundByTheReRead() {
        Map<?, ?> client = newOperatorClient();
        String token = Api.token((String) client.get("client_id"), (String) client.get("client_secret"));
        Api.as(token).get(Api.OPERATOR + "/clients").then().statusCode(200);
        String jti = claim(token, "jti");
        // The triggers off for this transaction (no notification), the change written as they would write it.
        pool.withTransaction(connection -> connection.query("SET LOCAL session_replication_role = replica").execute()
                .chain(() -> connection.preparedQuery(
                        "INSERT INTO revoked_token (jti, expires_at) VALUES ($1, now() + interval '1 hour')")
                        .execute(Tuple.of(jti)))
                .chain(() -> connection.preparedQuery("INSERT INTO caller_change (kind, subject) VALUES ('t', $1)")
                        .execute(Tuple.of(jti))))
                .await().indefinitely();
        Eventually.holds(WITHIN, () -> Api.as(token).get(Api.OPERATOR + "/clients").then().statusCode(401));
        assertEquals(true, directory.isRevoked(jti).await().indefinitely());
    }

    @Test
    void aMandateGivenIsSeenByTheNextRequest() {
        String siret = Api.newSiret();
        String other = Api.newAgreement("DEFAULT", "2025-01-01");
        Api.newAgreement("DEFAULT", "2025-01-01", siret);
        String token = Api.pmoClientToken(siret);
        Api.as(token).get(Api.AGREEMENTS + "/" + other).then().statusCode(404);
        String clientId = claim(token, "client_id");
        Api.asOperator().put(Api.OPERATOR + "/clients/" + clientId + "/mandates/" + other).then().statusCode(204);
        Eventually.holds(WITHIN, () -> Api.as(token).get(Api.AGREEMENTS + "/" + other).then().statusCode(200));
    }

    private static Map<?, ?> newOperatorClient() {
        return Api.asOperator().body(Map.of("role", "operator")).post(Api.OPERATOR + "/clients")
                .then().statusCode(201).extract().as(Map.class);
    }

    private void sql(String statement, String parameter) {
        pool.preparedQuery(statement).execute(Tuple.of(parameter)).await().indefinitely();
    }

    private static String claim(String token, String name) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        return new JsonObject(payload).getString(name);
    }
}
