package fr.accdatahub.it;

import static fr.accdatahub.it.Clients.retrying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.client.api.OperatorApi;
import fr.accdatahub.client.model.AgreementCreation;
import fr.accdatahub.client.model.Attachment;
import fr.accdatahub.client.model.Client;
import fr.accdatahub.client.model.ClientCreation;
import fr.accdatahub.client.model.ClientRole;
import fr.accdatahub.client.model.KeyType;
import fr.accdatahub.client.model.Pmo;
import fr.accdatahub.client.model.Role;
import fr.accdatahub.support.DatabaseTestResource;
import fr.accdatahub.support.Eventually;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database taken away from a running service: PostgreSQL stopped under load then started again, and a table
 * locked so that statements wait. Every answer meanwhile is a success or a 503 in the error format with
 * {@code Retry-After}, within 5 s; readiness goes down and up; the service recovers without a restart and keeps what
 * it accepted before. The service reaches its own PostgreSQL (embedded, so that the test can stop it) through
 * {@link DatabaseProxy}, which keeps the service's port when the server restarts on another. {@code faults.outage}
 * sets how long the server stays stopped (8 s here; {@code bench/faults.sh} runs 30 s).
 */
class DatabaseFaultsIT {

    private static final String OPERATOR_ID = "faults-operator";
    private static final String OPERATOR_SECRET = "faults-operator-secret-0123456789";
    private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("faults.outage", 8));
    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(2);

    private static DatabaseTestResource database;
    private static DatabaseProxy proxy;
    private static ServiceProcess service;
    private static OperatorApi operator;
    private static String agreementId;
    private static String pmoToken;
    private static String operatorToken;

    @BeforeAll
    static void start() throws Exception {
        database = DatabaseTestResource.ownServer(Path.of("target", "faults-it"));
        Map<String, String> settings = new HashMap<>(database.start());
        proxy = DatabaseProxy.to(database.serverPort());
        settings.put("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:" + proxy.port() + "/postgres");
        settings.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/postgres");
        settings.putAll(Map.of("acc.sandbox.enabled", "true", "acc.operator.client-id", OPERATOR_ID,
                "acc.operator.client-secret", OPERATOR_SECRET, "acc.calculation.every", "off",
                "acc.database.statement-timeout", STATEMENT_TIMEOUT.toSeconds() + "s",
                "acc.quota.per-second", "1000"));
        service = ServiceProcess.start("database-faults", settings);
        operatorToken = Clients.token(service.base(), OPERATOR_ID, OPERATOR_SECRET);
        operator = new OperatorApi(Clients.bearer(service.base(), operatorToken));
        String siret = Clients.uniqueDigits('6');
        agreementId = retrying(() -> operator.createAgreement(new AgreementCreation().name("Panne de base")
                .keyType(KeyType.DEFAULT).startDate(LocalDate.of(2025, 1, 1))
                .pmo(new Pmo().name("PMO en panne").siret(siret)))).getAgreementId();
        Client pmo = retrying(() -> operator.createClient(new ClientCreation().role(ClientRole.PMO).pmoSiret(siret)));
        pmoToken = Clients.token(service.base(), pmo.getClientId(), pmo.getClientSecret());
    }

    @AfterAll
    static void stop() throws Exception {
        service.close();
        proxy.close();
        database.stop();
    }

    @Test
    void withPostgresqlStoppedUnderLoadEveryAnswerIsA503WithRetryAfterAndTheServiceRecovers() throws Exception {
        String before = Clients.uniqueDigits('1');
        attach(before);
        List<Answer> answers = new CopyOnWriteArrayList<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        ExecutorService callers = Executors.newFixedThreadPool(4);
        List<Supplier<Answer>> calls = List.of(this::agreements, this::perimeter, this::newToken, this::attachNew);
        calls.forEach(call -> callers.submit(() -> {
            while (loading.get()) {
                answers.add(call.get());
            }
        }));
        Thread.sleep(1000);
        long stopped = System.nanoTime();
        database.stopServer();
        Eventually.holds(BOUND, () -> assertEquals(503, ready().status(), "readiness while the database is away"));
        long readinessDown = System.nanoTime() - stopped;
        Thread.sleep(OUTAGE.toMillis());
        long restarted = System.nanoTime();
        proxy.target(database.startServer());
        Eventually.holds(Duration.ofSeconds(20), () -> assertEquals(200, agreements().status()));
        Eventually.holds(BOUND, () -> assertEquals(200, ready().status(), "readiness once it is back"));
        long recovered = System.nanoTime() - restarted;
        Thread.sleep(1000);
        loading.set(false);
        callers.shutdown();
        assertTrue(callers.awaitTermination(70, java.util.concurrent.TimeUnit.SECONDS));

        List<Answer> wrong = answers.stream().filter(answer -> !answer.isSuccessOrUnavailableWithin(BOUND)).toList();
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + answers.size() + " answers wrong, e.g. "
                + wrong.stream().limit(3).toList());
        assertTrue(answers.stream().anyMatch(answer -> answer.status() == 503), "no 503 seen: " + answers.size());
        System.out.printf("OUTAGE %d s: %d answers, %d of them 503, the slowest %d ms, %d wrong; readiness down "
                + "after %d ms, requests served again %d ms after the restart%n", OUTAGE.toSeconds(), answers.size(),
                answers.stream().filter(answer -> answer.status() == 503).count(), slowest(answers), wrong.size(),
                readinessDown / 1_000_000, recovered / 1_000_000);
        assertTrue(perimeter().body().contains(before), "the consumer attached before the stop is still there");
        List<String> errors = Files.readAllLines(Path.of("target", "database-faults.log")).stream()
                .filter(line -> line.contains("\"level\":\"ERROR\"")).toList();
        assertTrue(errors.isEmpty(), "an outage is warned of, never logged as an error: " + errors);
    }

    @Test
    void statementsHeldByALockEndIn503WithinTheTimeoutsWhileLivenessAnswers() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(30);
        try (Connection locker = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + database.serverPort()
                + "/postgres", "postgres", "")) {
            locker.setAutoCommit(false);
            locker.createStatement().execute("LOCK TABLE agreement IN ACCESS EXCLUSIVE MODE");
            List<Future<Answer>> waiting = IntStream.range(0, 30)
                    .mapToObj(i -> callers.submit(this::agreements)).toList();
            Thread.sleep(500);
            Answer live = Answer.of("live", HttpRequest.newBuilder(service.base().resolve("q/health/live")));
            assertEquals(200, live.status());
            assertTrue(live.took().compareTo(Duration.ofSeconds(1)) < 0, "liveness took " + live.took());
            List<Answer> held = new ArrayList<>();
            for (Future<Answer> answer : waiting) {
                held.add(answer.get());
                assertEquals(503, held.getLast().status(), held.getLast().toString());
                assertTrue(held.getLast().isSuccessOrUnavailableWithin(BOUND.plus(STATEMENT_TIMEOUT)),
                        held.getLast().toString());
            }
            System.out.printf("SLOW %d requests held by a lock: all 503, the slowest %d ms; liveness meanwhile %d ms%n",
                    held.size(), slowest(held), live.took().toMillis());
            locker.rollback();
        } finally {
            callers.shutdown();
        }
        assertEquals(200, agreements().status());
    }

    private static long slowest(List<Answer> answers) {
        return answers.stream().mapToLong(answer -> answer.took().toMillis()).max().orElse(0);
    }

    private Answer agreements() {
        return Answer.of("agreements", Answer.get(service.base(), "collective_self_consumption/v4/agreements",
                pmoToken));
    }

    private Answer perimeter() {
        return Answer.of("perimeter", Answer.get(service.base(), "collective_self_consumption/v4/agreements/"
                + agreementId + "/perimeter?date=2025-02-01", pmoToken));
    }

    private Answer newToken() {
        return Answer.of("token", HttpRequest.newBuilder(service.base().resolve("oauth2/v3/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + OPERATOR_ID
                        + "&client_secret=" + OPERATOR_SECRET)));
    }

    /** An operator's write: a new consumer attached. */
    private Answer attachNew() {
        URI attach = service.base().resolve("operator/v1/agreements/" + agreementId + "/participants/"
                + Clients.uniqueDigits('2') + "/cons");
        return Answer.of("attach", HttpRequest.newBuilder(attach).header("Authorization", "Bearer " + operatorToken)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"start\":\"2025-02-01\",\"name\":\"Foyer\"}")));
    }

    private Answer ready() {
        return Answer.of("ready", HttpRequest.newBuilder(service.base().resolve("q/health/ready")));
    }

    private static void attach(String prm) throws Exception {
        retrying(() -> operator.attachParticipant(agreementId, prm, Role.CONS,
                new Attachment().start(LocalDate.of(2025, 2, 1)).name("Foyer")));
    }
}
