package fr.accdatahub.it;

import static fr.accdatahub.it.Clients.retrying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.client.ApiException;
import fr.accdatahub.client.api.AgreementsApi;
import fr.accdatahub.client.api.Oauth2Api;
import fr.accdatahub.client.api.OperatorApi;
import fr.accdatahub.client.model.AgreementChange;
import fr.accdatahub.client.model.AgreementCreation;
import fr.accdatahub.client.model.Attachment;
import fr.accdatahub.client.model.Client;
import fr.accdatahub.client.model.ClientCreation;
import fr.accdatahub.client.model.ClientRole;
import fr.accdatahub.client.model.FaultKind;
import fr.accdatahub.client.model.FaultRequest;
import fr.accdatahub.client.model.KeyType;
import fr.accdatahub.client.model.Pmo;
import fr.accdatahub.client.model.Role;
import fr.accdatahub.fault.domain.FaultSwitch;
import fr.accdatahub.support.DatabaseTestResource;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of the packaged service on one database, each with its own copy of the callers and its own quota
 * counts: what one replica is told reaches the other within a second, and quotas hold across both within the
 * overshoot the README states.
 */
class TwoReplicasIT {

    private static final String OPERATOR_ID = "replicas-operator";
    private static final String OPERATOR_SECRET = "replicas-operator-secret-0123456789";
    private static final Duration WITHIN = Duration.ofSeconds(1);
    /** A thread for each of a round's writes: the common pool may have one on a 2-core machine. */
    private static final ExecutorService SENDERS = Executors.newFixedThreadPool(8);

    private static DatabaseTestResource database;
    private static ServiceProcess first;
    private static ServiceProcess second;
    private static OperatorApi operator;
    private static String siret;

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        database = new DatabaseTestResource(Path.of("target", "replicas-it"));
        Map<String, String> settings = new HashMap<>(database.start());
        settings.putAll(Map.of("acc.sandbox.enabled", "true", "acc.operator.client-id", OPERATOR_ID,
                "acc.operator.client-secret", OPERATOR_SECRET, "acc.calculation.every", "off"));
        first = ServiceProcess.start("replica-first", settings);
        second = ServiceProcess.start("replica-second", settings);
        operator = new OperatorApi(Clients.as(first.base(), OPERATOR_ID, OPERATOR_SECRET));
        siret = Clients.uniqueDigits('5');
        retrying(() -> operator.createAgreement(new AgreementCreation().name("Deux répliques").keyType(KeyType.DEFAULT)
                .startDate(LocalDate.of(2025, 1, 1)).pmo(new Pmo().name("PMO des répliques").siret(siret))));
    }

    @AfterAll
    static void stop() throws Exception {
        second.close();
        first.close();
        database.stop();
    }

    @Test
    void aTokenRevokedOnOneReplicaIsRefusedByTheOtherWithinASecond() throws Exception {
        Client client = newPmoClient(null, null);
        String token = Clients.token(first.base(), client.getClientId(), client.getClientSecret());
        AgreementsApi onSecond = acceptedOnSecond(token);
        new Oauth2Api(Clients.anonymous(first.base())).revokeToken(token);
        assertRefusedWithinASecond(onSecond);
    }

    @Test
    void aClientDeletedOnOneReplicaIsRefusedByTheOtherWithinASecond() throws Exception {
        Client client = newPmoClient(null, null);
        AgreementsApi onSecond = acceptedOnSecond(Clients.token(second.base(), client.getClientId(),
                client.getClientSecret()));
        operator.deleteClient(client.getClientId());
        assertRefusedWithinASecond(onSecond);
    }

    /** The second replica's API with this token, which it accepts now. */
    private static AgreementsApi acceptedOnSecond(String token) throws ApiException {
        AgreementsApi onSecond = new AgreementsApi(Clients.bearer(second.base(), token));
        assertEquals(1, onSecond.listAgreements().getAgreements().size());
        return onSecond;
    }

    /**
     * 48 requests in 6 s, alternating between the replicas (4 a second on each, under the quota of 5 a second), for
     * a quota of 20 an hour: the replicas alone would let 40 through; reconciled, at most 20 + (2 − 1) × 5 × 2.
     */
    @Test
    void theHoursQuotaHoldsAcrossBothReplicas() throws Exception {
        Client client = newPmoClient(5, 20);
        String token = Clients.token(first.base(), client.getClientId(), client.getClientSecret());
        AgreementsApi[] replicas = {new AgreementsApi(Clients.bearer(first.base(), token)),
                new AgreementsApi(Clients.bearer(second.base(), token))};
        int admitted = 0;
        long start = System.nanoTime();
        for (int i = 0; i < 48; i++) {
            long due = start + i * 125_000_000L;
            Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
            try {
                replicas[i % 2].listAgreements();
                admitted++;
            } catch (ApiException refused) {
                assertEquals(429, refused.getCode(), refused.getResponseBody());
            }
        }
        assertTrue(admitted >= 20 && admitted <= 30, "admitted " + admitted);
    }

    /**
     * Each write path sent to both replicas at the same moment, three times over: a month of keys for the same steps,
     * a month of curves for the same PRMs, a PMO request and the webhook endpoint. Every answer is a success, the
     * steps then hold one submission's keys each, and the endpoint is one.
     */
    @Test
    void whatOneReplicaChangesInAnAgreementTheOtherReadsAtOnce() throws Exception {
        Client quick = retrying(() -> operator.createClient(new ClientCreation().role(ClientRole.OPERATOR)
                .quotaPerSecond(100)));
        AgreementsApi onFirst = new AgreementsApi(Clients.as(first.base(), quick.getClientId(),
                quick.getClientSecret()));
        AgreementsApi onSecond = new AgreementsApi(Clients.as(second.base(), quick.getClientId(),
                quick.getClientSecret()));
        OperatorApi firstOperator = new OperatorApi(Clients.as(first.base(), quick.getClientId(),
                quick.getClientSecret()));
        OperatorApi secondOperator = new OperatorApi(Clients.as(second.base(), quick.getClientId(),
                quick.getClientSecret()));
        String agreementId = retrying(() -> operator.createAgreement(new AgreementCreation().name("Lue deux fois")
                .keyType(KeyType.DYNAMIC_SIMPLE).startDate(LocalDate.of(2025, 1, 1))
                .pmo(new Pmo().name("PMO des lectures").siret(Clients.uniqueDigits('5'))))).getAgreementId();
        for (int round = 0; round < 4; round++) {
            boolean fromFirst = round % 2 == 0;
            OperatorApi writer = fromFirst ? firstOperator : secondOperator;
            AgreementsApi reader = fromFirst ? onSecond : onFirst;
            reader.getPerimeter(agreementId, null);
            reader.getAgreement(agreementId, null);
            String prm = Clients.uniqueDigits('1');
            writer.attachParticipant(agreementId, prm, Role.CONS, new Attachment().start(LocalDate.of(2025, 1, 1))
                    .name("Site " + round));
            String name = "Lue deux fois, tour " + round;
            writer.changeAgreement(agreementId, new AgreementChange().name(name));
            assertEquals(round + 1, reader.getPerimeter(agreementId, null).getParticipants().size(),
                    "the other replica's attachment, read at once");
            assertEquals(name, reader.getAgreement(agreementId, null).getName());
            writer.endParticipant(agreementId, prm, Role.CONS, LocalDate.of(2025, 2, 1));
            assertEquals(LocalDate.of(2025, 2, 1), reader.getPerimeter(agreementId, null).getParticipants().stream()
                    .filter(p -> p.getUsagePointId().equals(prm)).findFirst().orElseThrow().getEnd());
        }
    }

    @Test
    void everyWritePathSentToBothReplicasAtOnceIsAnsweredAndLeavesOneState() throws Exception {
        String operatorToken = Clients.token(first.base(), OPERATOR_ID, OPERATOR_SECRET);
        YearMonth thisMonth = YearMonth.from(retrying(operator::getClock).getNow().toLocalDate());
        String writer = Clients.uniqueDigits('5');
        String agreementId = retrying(() -> operator.createAgreement(new AgreementCreation().name("Écritures")
                .keyType(KeyType.DYNAMIC_SIMPLE).startDate(thisMonth.minusMonths(2).atDay(1))
                .pmo(new Pmo().name("PMO écrivaine").siret(writer)))).getAgreementId();
        List<String> prms = List.of(Clients.uniqueDigits('1'), Clients.uniqueDigits('1'), Clients.uniqueDigits('3'));
        for (String prm : prms) {
            retrying(() -> operator.attachParticipant(agreementId, prm, prm.startsWith("3") ? Role.PROD : Role.CONS,
                    new Attachment().start(thisMonth.minusMonths(2).atDay(1)).name("Site")));
        }
        Client client = retrying(() -> operator.createClient(new ClientCreation().role(ClientRole.PMO)
                .pmoSiret(writer).quotaPerSecond(100)));
        String pmoToken = Clients.token(first.base(), client.getClientId(), client.getClientSecret());
        String agreement = "collective_self_consumption/v4/agreements/" + agreementId;
        for (int round = 0; round < 3; round++) {
            List<CompletableFuture<Answer>> answers = new ArrayList<>();
            for (ServiceProcess replica : List.of(first, second)) {
                int mark = round * 2 + (replica == first ? 0 : 1);
                answers.add(send(replica, "POST", agreement + "/repartition_keys", pmoToken, MonthBodies.simpleKeys(
                        thisMonth.plusMonths(1), Map.of(prms.get(0), String.valueOf(40 + mark), prms.get(1), "50"))));
                answers.add(send(replica, "PUT", "operator/v1/agreements/" + agreementId + "/raw_load_curves",
                        operatorToken, MonthBodies.curves(thisMonth.minusMonths(1),
                                Map.of(prms.get(0), 100 + mark, prms.get(1), 200, prms.get(2), 500), prms.get(2))));
                answers.add(send(replica, "POST", agreement + "/requests", pmoToken, """
                        {"type":"PARTICIPANT_ENTRY","effective_date":"%s","participant":{"usage_point_id":"%s",
                         "role":"cons","holder_name":"Foyer","address":"1 rue de la Paix, 75002 Paris"}}"""
                        .formatted(thisMonth.plusMonths(2).atDay(1), Clients.uniqueDigits('2'))));
                answers.add(send(replica, "PUT", "collective_self_consumption/v4/webhook", pmoToken,
                        "{\"url\":\"http://127.0.0.1:9/hook-" + mark + "\",\"event_types\":[\"perimeter.changed\"]}"));
            }
            for (CompletableFuture<Answer> answer : answers) {
                assertEquals(2, answer.get().status() / 100, answer.get().toString());
            }
            String steps = Answer.of("keys", Answer.get(first.base(), agreement + "/repartition_keys?start="
                    + thisMonth.plusMonths(1).atDay(1) + "&end=" + thisMonth.plusMonths(2).atDay(1), pmoToken)).body();
            assertEquals(1, Pattern.compile("\"submission_id\":\"([^\"]+)\"").matcher(steps).results()
                    .map(found -> found.group(1)).distinct().count(), "the keys of one submission on every step");
        }
        String webhook = Answer.of("webhook", Answer.get(second.base(), "collective_self_consumption/v4/webhook",
                pmoToken)).body();
        assertTrue(webhook.contains("/hook-"), webhook);
    }

    @Test
    void aFaultSwitchSetOnOneReplicaActsOnTheOtherWithinASecondAndBothShareItsSequence() throws Exception {
        Client client = newPmoClient(1_000, 100_000);  // its quota never answers 429 here: only the switch does
        String token = Clients.token(first.base(), client.getClientId(), client.getClientSecret());
        retrying(() -> operator.setFault(new FaultRequest().clientId(client.getClientId())
                .kind(FaultKind.TECHNICAL_ERROR).duration("PT1M")));
        long start = System.nanoTime();
        Answer answer = agreementsOn(second, token);
        while (answer.status() != 500) {
            assertTrue(System.nanoTime() - start < WITHIN.plusMillis(200).toNanos(), "not hit after " + WITHIN);
            Thread.sleep(20);
            answer = agreementsOn(second, token);
        }
        assertTrue(answer.body().contains("technical_error"), answer.body());

        Clients.perform(operator::clearFaults);
        retrying(() -> operator.setFault(new FaultRequest().clientId(client.getClientId()).kind(FaultKind.THROTTLED)
                .share(new BigDecimal("0.5")).seed(42L).duration("PT1M")));
        Thread.sleep(WITHIN.plusMillis(100).toMillis());  // both replicas have read it
        FaultSwitch plan = new FaultSwitch(null, client.getClientId(), null,
                fr.accdatahub.fault.domain.FaultKind.THROTTLED, new BigDecimal("0.5"), null, 42, Instant.now(),
                Instant.now().plusSeconds(60));
        List<Boolean> planned = new ArrayList<>();
        List<Boolean> hit = new ArrayList<>();
        for (int n = 1; n <= 20; n++) {
            planned.add(plan.hits(n));
            hit.add(agreementsOn(n % 2 == 0 ? second : first, token).status() == 429);
        }
        assertEquals(planned, hit, "one sequence across the replicas");
        Clients.perform(operator::clearFaults);
    }

    private static Answer agreementsOn(ServiceProcess replica, String token) {
        return Answer.of("agreements", Answer.get(replica.base(), "collective_self_consumption/v4/agreements", token));
    }

    private static CompletableFuture<Answer> send(ServiceProcess replica, String method, String path, String token,
            String body) {
        return CompletableFuture.supplyAsync(() -> Answer.of(path, Answer.get(replica.base(), path, token)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body))),
                SENDERS);
    }

    private static Client newPmoClient(Integer perSecond, Integer perHour) throws ApiException {
        return retrying(() -> operator.createClient(new ClientCreation().role(ClientRole.PMO).pmoSiret(siret)
                .quotaPerSecond(perSecond).quotaPerHour(perHour)));
    }

    private static void assertRefusedWithinASecond(AgreementsApi api) throws InterruptedException {
        long start = System.nanoTime();
        while (true) {
            try {
                api.listAgreements();
            } catch (ApiException refused) {
                assertEquals(401, refused.getCode());
                return;
            }
            assertTrue(System.nanoTime() - start < WITHIN.toNanos(), "still accepted after " + WITHIN);
            Thread.sleep(20);
        }
    }
}
