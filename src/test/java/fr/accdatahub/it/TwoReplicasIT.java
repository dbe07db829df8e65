package fr.accdatahub.it;

import static fr.accdatahub.it.Clients.retrying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.client.ApiException;
import fr.accdatahub.client.api.AgreementsApi;
import fr.accdatahub.client.api.Oauth2Api;
import fr.accdatahub.client.api.OperatorApi;
import fr.accdatahub.client.model.AgreementCreation;
import fr.accdatahub.client.model.Client;
import fr.accdatahub.client.model.ClientCreation;
import fr.accdatahub.client.model.ClientRole;
import fr.accdatahub.client.model.KeyType;
import fr.accdatahub.client.model.Pmo;
import fr.accdatahub.support.DatabaseTestResource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
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
