package fr.accdatahub.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.support.Api;
import fr.accdatahub.support.Api.Fixture;
import fr.accdatahub.support.LockGate;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two clients of one PMO submit a month of keys for the same steps at the same moment, one listing its steps
 * backwards: both are answered (no deadlock, no 5xx), and every step then holds the keys of one and the same
 * submission, the later of the two to commit (the other waited for it), never a mix of the two.
 */
@QuarkusTest
class ConcurrentSubmissionsApiTest {

    private static final int STEPS = 31 * 96;
    /** Two threads of their own: the common pool may have one on a 2-core machine. */
    private static final ExecutorService SENDERS = Executors.newFixedThreadPool(2);

    @BeforeEach
    void setClock() {
        Api.clock("2024-12-01T10:00:00+01:00");
    }

    @AfterEach
    void resetClock() {
        Api.resetClock();
    }

    @Test
    void theSameStepsSentByTwoClientsAtOnceEndWithOneSubmissionsKeysOnEveryStep() throws Exception {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-09-01", 4, 1);
        String first = Api.pmoClientToken(agreement.siret());
        String second = Api.pmoClientToken(agreement.siret());
        List<Map<String, Object>> forwards = december(agreement, 25, 25, 25, 25);
        List<Map<String, Object>> backwards = december(agreement, 10, 20, 30, 40);
        Collections.reverse(backwards);
        assertEquals(200, submit(first, agreement, forwards).statusCode(), "the consumer set stored once");
        for (int round = 0; round < 3; round++) {
            Set<String> sent = new HashSet<>();
            for (Response answer : atOnce(() -> submit(first, agreement, forwards),
                    () -> submit(second, agreement, backwards))) {
                assertEquals(200, answer.statusCode(), answer.asString());
                assertEquals(STEPS, answer.<Integer>path("accepted"));
                sent.add(answer.path("submission_id"));
            }
            List<Map<String, Object>> inForce = Api.asPmo(agreement).queryParam("start", "2024-12-01")
                    .queryParam("end", "2025-01-01").get(path(agreement)).then().statusCode(200)
                    .extract().path("steps");
            Set<Object> submissions = new HashSet<>();
            Set<Object> coefficients = new HashSet<>();
            inForce.forEach(step -> {
                submissions.add(step.get("submission_id"));
                coefficients.add(step.get("keys").toString());
            });
            assertEquals(1, submissions.size(), "steps from " + submissions);
            assertTrue(sent.containsAll(submissions));
            assertEquals(1, coefficients.size(), "a mix of keys: " + coefficients);
        }
    }

    /** Two submissions naming consumers never seen together before: the one that waited reads the other's set. */
    @Test
    void aConsumerSetNewToTwoSubmissionsAtOnceIsStoredByOneAndReadByTheOther() throws Exception {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-09-01", 3, 1);
        String first = Api.pmoClientToken(agreement.siret());
        String second = Api.pmoClientToken(agreement.siret());
        List<Map<String, Object>> step = List.of(Map.of("start", "2024-12-02T10:00:00+01:00",
                "keys", Api.keys(agreement.consumers(), 30, 30, 40)));
        for (Response answer : atOnce(() -> submit(first, agreement, step), () -> submit(second, agreement, step))) {
            assertEquals(200, answer.statusCode(), answer.asString());
            assertEquals(1, answer.<Integer>path("accepted"));
        }
    }

    /**
     * Both answers, their transactions held back at their first write (the consumer sets) by a lock on the table,
     * then let go at the same moment.
     */
    private static List<Response> atOnce(Supplier<Response> one, Supplier<Response> other) throws Exception {
        try (LockGate gate = LockGate.holding("LOCK TABLE consumer_set IN EXCLUSIVE MODE")) {
            CompletableFuture<Response> first = CompletableFuture.supplyAsync(one, SENDERS);
            CompletableFuture<Response> second = CompletableFuture.supplyAsync(other, SENDERS);
            gate.awaitWaiting(2);
            gate.open();
            return List.of(first.join(), second.join());
        }
    }

    private static Response submit(String token, Fixture agreement, List<Map<String, Object>> steps) {
        return Api.as(token).body(Map.of("key_type", "DYNAMIC_SIMPLE", "steps", steps)).post(path(agreement));
    }

    private static List<Map<String, Object>> december(Fixture agreement, double... coefficients) {
        List<Map<String, Object>> steps = new ArrayList<>();
        OffsetDateTime step = OffsetDateTime.parse("2024-12-01T00:00:00+01:00");
        for (int i = 0; i < STEPS; i++, step = step.plusMinutes(15)) {
            steps.add(Map.of("start", step.toString(), "keys", Api.keys(agreement.consumers(), coefficients)));
        }
        return steps;
    }

    private static String path(Fixture agreement) {
        return Api.AGREEMENTS + "/" + agreement.agreementId() + "/repartition_keys";
    }
}
