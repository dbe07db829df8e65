package fr.accdatahub.it;

import static fr.accdatahub.it.Clients.retrying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.client.ApiException;
import fr.accdatahub.client.api.MeasuresApi;
import fr.accdatahub.client.api.OperatorApi;
import fr.accdatahub.client.model.AgreementChange;
import fr.accdatahub.client.model.AgreementCreation;
import fr.accdatahub.client.model.AgreementStatus;
import fr.accdatahub.client.model.Attachment;
import fr.accdatahub.client.model.CalculationRequest;
import fr.accdatahub.client.model.Client;
import fr.accdatahub.client.model.ClientCreation;
import fr.accdatahub.client.model.ClientRole;
import fr.accdatahub.client.model.Clock;
import fr.accdatahub.client.model.Energy;
import fr.accdatahub.client.model.EnergyBlock;
import fr.accdatahub.client.model.KeyType;
import fr.accdatahub.client.model.Pmo;
import fr.accdatahub.client.model.RawCurve;
import fr.accdatahub.client.model.RawCurves;
import fr.accdatahub.client.model.RawReading;
import fr.accdatahub.client.model.Role;
import fr.accdatahub.support.DatabaseTestResource;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged service reading published results from a real streaming standby of the machine's PostgreSQL
 * ({@code pg_basebackup -R}, bench/standby.sh): reads are served by the standby once it has replayed a run, by the
 * primary while it has not (a client reads what it was just told is published), and by the primary when the standby
 * is gone.
 */
class ReadReplicaIT {

    private static final String OPERATOR_ID = "replica-operator";
    private static final String OPERATOR_SECRET = "replica-operator-secret-0123456789";
    private static final int STANDBY_PORT = 5433;
    private static final Path STANDBY = Path.of("target", "standby").toAbsolutePath();
    private static final LocalDate JANUARY = LocalDate.of(2025, 1, 1);
    private static final Pattern READS = Pattern.compile("acc_published_reads_total\\{source=\"(\\w+)\"[^}]*} ([0-9.E]+)");

    private static DatabaseTestResource database;
    private static ServiceProcess service;
    private static OperatorApi operator;
    private static MeasuresApi measures;
    private static String agreementId;
    private static String consumer;
    private static String producer;

    @BeforeAll
    static void startWithAStandby() throws Exception {
        String primary = System.getenv("QUARKUS_DATASOURCE_REACTIVE_URL");
        Assumptions.assumeTrue(primary != null && primary.contains(":5432/"),
                "a streaming standby is made of the machine's PostgreSQL, which these tests do not use");
        int made = standby("start", STANDBY.toString(), String.valueOf(STANDBY_PORT));
        Assumptions.assumeTrue(made != 3, "a standby needs root and the machine's PostgreSQL cluster");
        assertEquals(0, made, "bench/standby.sh start failed");
        database = new DatabaseTestResource(Path.of("target", "replica-it"));
        Map<String, String> settings = new HashMap<>(database.start());
        settings.putAll(Map.of("acc.sandbox.enabled", "true", "acc.operator.client-id", OPERATOR_ID,
                "acc.operator.client-secret", OPERATOR_SECRET, "acc.calculation.every", "off",
                "acc.read-datasource.url", primary.replace(":5432/", ":" + STANDBY_PORT + "/")));
        service = ServiceProcess.start("read-replica", settings);
        operator = new OperatorApi(Clients.as(service.base(), OPERATOR_ID, OPERATOR_SECRET));
        String siret = Clients.uniqueDigits('6');
        agreementId = retrying(() -> operator.createAgreement(new AgreementCreation().name("Réplique de lecture")
                .keyType(KeyType.DEFAULT).startDate(JANUARY).pmo(new Pmo().name("PMO répliquée").siret(siret))))
                .getAgreementId();
        String prms = Clients.uniqueDigits('8').substring(0, 13);
        consumer = prms + 1;
        producer = prms + 2;
        retrying(() -> operator.attachParticipant(agreementId, consumer, Role.CONS,
                new Attachment().start(JANUARY).name("Foyer")));
        retrying(() -> operator.attachParticipant(agreementId, producer, Role.PROD,
                new Attachment().start(JANUARY).name("Toiture")));
        retrying(() -> operator.changeAgreement(agreementId, new AgreementChange().status(AgreementStatus.ACTIVE)));
        Client pmo = retrying(() -> operator.createClient(new ClientCreation().role(ClientRole.PMO).pmoSiret(siret)));
        measures = new MeasuresApi(Clients.as(service.base(), pmo.getClientId(), pmo.getClientSecret()));
        retrying(() -> operator.setClock(new Clock().now(OffsetDateTime.of(2025, 2, 10, 9, 0, 0, 0,
                ZoneOffset.ofHours(1)))));
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
            database.stop();
        }
        standby("stop", STANDBY.toString());
    }

    @Test
    void publishedResultsComeFromTheStandbyOnceReplayedAndFromThePrimaryUntilThen() throws Exception {
        UUID first = computeJanuary(400);
        double fromStandby = reads("replica");
        Energy energy = januaryEnergy();
        assertEquals(first, energy.getPublications().get(0).getCalculationId());
        assertTrue(eventually(() -> {
            januaryEnergy();
            return reads("replica") > fromStandby;
        }), "the standby served none of the reads");

        // The standby stops replaying: a recalculation is not there, the primary serves what the client was told.
        assertEquals(0, standby("pause", String.valueOf(STANDBY_PORT)));
        double fromPrimary = reads("primary");
        UUID second = computeJanuary(700);
        Energy republished = januaryEnergy();
        assertEquals(second, republished.getPublications().get(0).getCalculationId());
        assertTrue(autoconsumed(republished).compareTo(autoconsumed(energy)) > 0, "700 W consumed of 1,000 W "
                + "produced give more than 400 W: " + autoconsumed(republished) + " after " + autoconsumed(energy));
        assertTrue(reads("primary") > fromPrimary, "the primary served none of the reads the standby could not");

        // Replaying again, the standby serves the new version.
        assertEquals(0, standby("resume", String.valueOf(STANDBY_PORT)));
        double replayed = reads("replica");
        assertTrue(eventually(() -> {
            assertEquals(second, januaryEnergy().getPublications().get(0).getCalculationId());
            return reads("replica") > replayed;
        }), "the standby served none of the reads once it replayed");

        // The standby gone, the primary serves the reads.
        assertEquals(0, standby("stop", STANDBY.toString()));
        double withoutStandby = reads("primary");
        assertEquals(second, januaryEnergy().getPublications().get(0).getCalculationId());
        assertTrue(reads("primary") > withoutStandby, "a read failed over to nothing");
    }

    /** Loads an hour of 1,000 W produced and {@code consumed} W consumed on 10 January, then computes January. */
    private static UUID computeJanuary(int consumed) throws ApiException {
        OffsetDateTime hour = OffsetDateTime.of(2025, 1, 10, 10, 0, 0, 0, ZoneOffset.ofHours(1));
        retrying(() -> operator.loadRawLoadCurves(agreementId, new RawCurves().curves(List.of(
                new RawCurve().usagePointId(producer).type(RawCurve.TypeEnum.PROD)
                        .intervalReading(List.of(new RawReading().start(hour).value(1_000))),
                new RawCurve().usagePointId(consumer).type(RawCurve.TypeEnum.CONS)
                        .intervalReading(List.of(new RawReading().start(hour).value(consumed))))), null, null));
        return retrying(() -> operator.runCalculation(agreementId, new CalculationRequest().periodStart(JANUARY)))
                .getCalculationId();
    }

    private static Energy januaryEnergy() throws ApiException {
        return retrying(() -> measures.getConsumerEnergy(agreementId, consumer, "2025-01-01", "2025-02-01", null));
    }

    /** The consumer's autoconsumed energy over the range, in the distributor's calendar. */
    private static BigDecimal autoconsumed(Energy energy) {
        return energy.getQuantities().stream()
                .filter(b -> b.getType() == EnergyBlock.TypeEnum.AUTOCONS
                        && b.getCalendarType() == EnergyBlock.CalendarTypeEnum.DISTRIB)
                .findFirst().orElseThrow().getTotal();
    }

    private static double reads(String source) throws IOException, InterruptedException {
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(service.base()
                + "/q/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher matcher = READS.matcher(metrics);
        double count = 0;
        while (matcher.find()) {
            if (matcher.group(1).equals(source)) {
                count += Double.parseDouble(matcher.group(2));
            }
        }
        return count;
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static boolean eventually(Check check) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            if (check.holds()) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private static int standby(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "bench/standby.sh"));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
