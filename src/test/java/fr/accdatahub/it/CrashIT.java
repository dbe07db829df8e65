package fr.accdatahub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.accdatahub.support.DatabaseTestResource;
import fr.accdatahub.support.Eventually;
import fr.accdatahub.support.Receiver;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The service killed (SIGKILL) at random points of its work, then started again on the same database, over and
 * over: during a month of keys, a load of raw curves, a calculation, and while webhooks are being delivered (the
 * schedule also computes due periods at each start). After each restart nothing half-done is visible and nothing
 * accepted is lost: a request's steps or readings are all there or none and an acknowledged one is never undone, the
 * period's current result is one complete run, every due period ends up computed by the schedule, and every event
 * is delivered at least once. {@code faults.kills} sets the number of kills (8 here; {@code bench/faults.sh} runs
 * 52); each restart prints a {@code CRASH} line and the test fails on the first violation.
 */
class CrashIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int KILLS = Integer.getInteger("faults.kills", 8);
    private static final String OPERATOR_ID = "crash-operator";
    private static final String OPERATOR_SECRET = "crash-operator-secret-0123456789";

    private final Random random = new Random(Long.getLong("faults.seed", System.nanoTime()));
    private final ExecutorService sender = Executors.newSingleThreadExecutor();
    private final CrashedOperation operation = new CrashedOperation();
    private ServiceProcess service;

    @Test
    void killedAtRandomPointsTheServiceLosesNothingAcceptedAndShowsNothingHalfDone() throws Exception {
        DatabaseTestResource database = DatabaseTestResource.ownServer(Path.of("target", "crash-it"));
        Map<String, String> settings = new HashMap<>(database.start());
        settings.putAll(Map.of("acc.sandbox.enabled", "true", "acc.operator.client-id", OPERATOR_ID,
                "acc.operator.client-secret", OPERATOR_SECRET, "acc.calculation.every", "2s",
                "acc.calculation.delay", "1s", "acc.quota.per-second", "1000", "acc.webhook.retry-delays", "1s"));
        Map<Kind, Integer> kills = new HashMap<>();
        try (Receiver receiver = Receiver.start()) {
            service = ServiceProcess.start("crash-0", settings);
            operation.create(service, OPERATOR_ID, OPERATOR_SECRET, receiver.url());
            for (int kill = 1; kill <= KILLS; kill++) {
                Kind kind = Kind.values()[kill % Kind.values().length];
                Outcome outcome = killDuring(kind, kill);
                service = ServiceProcess.start("crash-" + kill, settings);
                operation.reconnect(service);
                String violation = operation.check(kind);
                kills.merge(kind, 1, Integer::sum);
                System.out.printf("CRASH kill=%d kind=%s outcome=%s violation=%s%n", kill, kind, outcome,
                        violation.isEmpty() ? "none" : violation);
                assertEquals("", violation, kind + " after kill " + kill);
            }
            Eventually.holds(Duration.ofSeconds(60), () -> assertEquals("", operation.duePeriodsComputed()));
            Eventually.holds(Duration.ofSeconds(30), () -> assertEquals("", operation.eventsDelivered(receiver)));
            System.out.printf("CRASH summary kills=%d %s violations=0%n", KILLS, kills);
        } finally {
            if (service != null) {
                service.close();
            }
            database.stop();
        }
    }

    /** Starts the kind's work, kills the service at a random point of it: whether it answered first. */
    private Outcome killDuring(Kind kind, int kill) throws Exception {
        CompletableFuture<Answer> work = CompletableFuture.supplyAsync(() -> operation.start(kind, kill), sender);
        Thread.sleep(random.nextLong(operation.typicalMillis(kind) * 3 / 2 + 1));
        service.kill();
        Answer answer = work.get();
        boolean acknowledged = answer.status() / 100 == 2;
        if (acknowledged) {
            operation.acknowledged(kind, kill);
        }
        return acknowledged ? Outcome.ANSWERED_BEFORE_THE_KILL : Outcome.KILLED_BEFORE_AN_ANSWER;
    }

    enum Kind { KEYS, CURVES, CALCULATION, WEBHOOK }

    enum Outcome { ANSWERED_BEFORE_THE_KILL, KILLED_BEFORE_AN_ANSWER }

    /** What {@link CrashIT} does to its agreement, and what it checks after each restart. */
    static final class CrashedOperation {

        private static final String KEYS_MONTH = "start=2027-01-01T00:00:00%2B01:00&end=2027-02-01T00:00:00%2B01:00";
        private static final int STEPS_JANUARY = 31 * 96;
        private static final int CONSUMERS = 5;

        private ServiceProcess service;
        private String operatorId;
        private String operatorSecret;
        private String operatorToken;
        private String pmoToken;
        private String agreementId;
        private final List<String> consumers = new ArrayList<>();
        private String producer;
        private final Map<Kind, Integer> acknowledged = new HashMap<>();
        private final Map<Kind, Long> typical = new HashMap<>();
        private final Set<String> delivered = new HashSet<>();

        void create(ServiceProcess first, String clientId, String secret, String webhook) throws Exception {
            this.operatorId = clientId;
            this.operatorSecret = secret;
            reconnect(first);
            String siret = Clients.uniqueDigits('7');
            agreementId = operator("POST", "operator/v1/agreements", """
                    {"name":"Crash","key_type":"DYNAMIC_SIMPLE","start_date":"2025-01-01",
                     "pmo":{"name":"PMO crash","siret":"%s"}}""".formatted(siret)).get("agreement_id").asText();
            operator("PUT", "collective_self_consumption/v4/webhook",
                    "{\"url\":\"" + webhook + "\",\"event_types\":[\"perimeter.changed\"]}");
            producer = Clients.uniqueDigits('3');
            attach(producer, "prod");
            for (int i = 0; i < CONSUMERS; i++) {
                consumers.add(Clients.uniqueDigits('1'));
                attach(consumers.get(i), "cons");
            }
            JsonNode pmo = operator("POST", "operator/v1/clients",
                    "{\"role\":\"pmo\",\"pmo_siret\":\"" + siret + "\"}");
            pmoToken = Clients.token(service.base(), pmo.get("client_id").asText(), pmo.get("client_secret").asText());
            expectOk(send("PUT", "operator/v1/agreements/" + agreementId + "/raw_load_curves", operatorToken,
                    curves("2025-01-01", 0)), "January's curves");
            for (Kind kind : Kind.values()) {
                long began = System.nanoTime();
                expectOk(start(kind, 0), "a first " + kind);
                // A webhook's delivery follows its event within the dispatcher's turn (1 s): kills fall in that.
                typical.put(kind, kind == Kind.WEBHOOK ? 1000 : Math.max(20, (System.nanoTime() - began) / 1_000_000));
                acknowledged(kind, 0);
            }
        }

        void reconnect(ServiceProcess restarted) throws Exception {
            this.service = restarted;
            this.operatorToken = Clients.token(service.base(), operatorId, operatorSecret);
        }

        long typicalMillis(Kind kind) {
            return typical.get(kind);
        }

        void acknowledged(Kind kind, int mark) {
            acknowledged.merge(kind, mark, Math::max);
        }

        /** The kind's work, marked with {@code mark}. */
        Answer start(Kind kind, int mark) {
            return switch (kind) {
                case KEYS -> send("POST", "collective_self_consumption/v4/agreements/" + agreementId
                        + "/repartition_keys", pmoToken, keysOfJanuary2027(mark));
                case CURVES -> send("PUT", "operator/v1/agreements/" + agreementId + "/raw_load_curves",
                        operatorToken, curves("2025-02-01", mark));
                case CALCULATION -> send("POST", "operator/v1/agreements/" + agreementId + "/calculations",
                        operatorToken, "{\"period_start\":\"2025-01-01\"}");
                case WEBHOOK -> send("PUT", "operator/v1/agreements/" + agreementId + "/participants/"
                        + Clients.uniqueDigits('4') + "/cons", operatorToken,
                        "{\"start\":\"2025-06-01\",\"end\":\"2025-06-02\",\"name\":\"Passage " + mark + "\"}");
            };
        }

        /** What is wrong after a restart, or "". */
        String check(Kind kind) throws Exception {
            return switch (kind) {
                case KEYS -> keysAllOrNothing();
                case CURVES -> curvesAllOrNothing();
                case CALCULATION -> currentRunComplete("2025-01-01");
                case WEBHOOK -> "";
            };
        }

        /** Every step of January 2027 from one submission, at least as recent as the last acknowledged one. */
        private String keysAllOrNothing() throws Exception {
            JsonNode steps = read(pmoToken, "collective_self_consumption/v4/agreements/" + agreementId
                    + "/repartition_keys?" + KEYS_MONTH).get("steps");
            Set<String> submissions = new HashSet<>();
            Set<String> marks = new HashSet<>();
            for (JsonNode step : steps) {
                submissions.add(step.path("submission_id").asText("none"));
                step.path("keys").forEach(key -> {
                    if (key.get("usage_point_id").asText().equals(consumers.get(0))) {
                        marks.add(key.get("coefficient").asText());
                    }
                });
            }
            if (steps.size() != STEPS_JANUARY || submissions.size() != 1 || marks.size() != 1) {
                return steps.size() + " steps from " + submissions.size() + " submissions, marks " + marks;
            }
            double mark = Double.parseDouble(marks.iterator().next());
            int landed = (int) Math.round((20 - mark) * 100);
            return landed >= acknowledged.get(Kind.KEYS) ? "" : "submission " + landed + " after an acknowledged "
                    + acknowledged.get(Kind.KEYS);
        }

        /** February 2025 computed again: every step of the first consumer from one load, the last or a later. */
        private String curvesAllOrNothing() throws Exception {
            Answer run = expectOk(send("POST", "operator/v1/agreements/" + agreementId + "/calculations",
                    operatorToken, "{\"period_start\":\"2025-02-01\"}"), "February's calculation");
            Set<Integer> values = new HashSet<>();
            JsonNode curves = read(pmoToken, "collective_self_consumption/v4/agreements/" + agreementId
                    + "/definitive_load_curves?start=2025-02-01&end=2025-03-01&usage_point_id=" + consumers.get(0)
                    + "&type=cons").get("curves");
            for (JsonNode curve : curves) {
                curve.get("interval_reading").forEach(reading -> values.add(reading.get("value").asInt()));
            }
            if (values.size() != 1) {
                return "February's consumption mixes " + values.size() + " loads " + values + " (" + run.status() + ")";
            }
            int landed = values.iterator().next() - 100;
            return landed >= acknowledged.get(Kind.CURVES) ? "" : "load " + landed + " after an acknowledged "
                    + acknowledged.get(Kind.CURVES);
        }

        /** The period's one current run is complete and is the one published, with every step of every PRM. */
        private String currentRunComplete(String periodStart) throws Exception {
            JsonNode runs = read(operatorToken, "operator/v1/agreements/" + agreementId + "/calculations")
                    .get("calculations");
            List<JsonNode> current = new ArrayList<>();
            runs.forEach(run -> {
                if (run.get("period_start").asText().equals(periodStart) && run.get("current").asBoolean()) {
                    current.add(run);
                }
            });
            if (current.size() != 1 || !"COMPLETED".equals(current.get(0).get("status").asText())) {
                return current.size() + " current runs of " + periodStart + ": " + current;
            }
            JsonNode publications = read(pmoToken, "collective_self_consumption/v4/agreements/" + agreementId
                    + "/publications").get("publications");
            for (JsonNode publication : publications) {
                if (publication.get("period_start").asText().equals(periodStart)) {
                    int points = publication.get("measured_points").asInt() + publication.get("estimated_points").asInt();
                    boolean same = publication.get("calculation_id").equals(current.get(0).get("calculation_id"));
                    return same && points == (CONSUMERS + 1) * STEPS_JANUARY ? ""
                            : "published " + publication + " beside the current " + current.get(0);
                }
            }
            return "no publication of " + periodStart;
        }

        /** Every period whose deadline has passed has a complete current run: the schedule redid what was cut. */
        String duePeriodsComputed() {
            try {
                JsonNode runs = read(operatorToken, "operator/v1/agreements/" + agreementId + "/calculations")
                        .get("calculations");
                Set<String> computed = new HashSet<>();
                runs.forEach(run -> computed.add(run.get("period_start").asText()));
                List<String> missing = new ArrayList<>();
                for (LocalDate month = LocalDate.of(2025, 1, 1);
                        month.plusMonths(1).plusDays(15).isBefore(LocalDate.now()); month = month.plusMonths(1)) {
                    if (!computed.contains(month.toString())) {
                        missing.add(month.toString());
                    }
                }
                return missing.isEmpty() ? currentRunComplete("2025-01-01") : "not computed: " + missing;
            } catch (Exception e) {
                return e.toString();
            }
        }

        /** Every event of the feed reached the receiver at least once. */
        String eventsDelivered(Receiver receiver) {
            try {
                receiver.drain().forEach(received -> delivered.add(received.id()));
                Set<String> events = new HashSet<>();
                read(operatorToken, "collective_self_consumption/v4/events?limit=1000").get("events").forEach(event -> {
                    if (event.get("type").asText().equals("perimeter.changed")) {
                        events.add(event.get("event_id").asText());
                    }
                });
                events.removeAll(delivered);
                return events.isEmpty() ? "" : events.size() + " events never delivered";
            } catch (Exception e) {
                return e.toString();
            }
        }

        private String keysOfJanuary2027(int mark) {
            Map<String, String> coefficients = new LinkedHashMap<>();
            for (int c = 0; c < CONSUMERS; c++) {
                coefficients.put(consumers.get(c), switch (c) {
                    case 0 -> String.format(Locale.ROOT, "%.2f", 20 - mark / 100.0);
                    case 1 -> String.format(Locale.ROOT, "%.2f", 20 + mark / 100.0);
                    default -> "20";
                });
            }
            return MonthBodies.simpleKeys(YearMonth.of(2027, 1), coefficients);
        }

        /** A month of readings for every PRM: consumers 100 + mark W, the producer 300 + mark. */
        private String curves(String firstDay, int mark) {
            Map<String, Integer> watts = new LinkedHashMap<>();
            consumers.forEach(consumer -> watts.put(consumer, 100 + mark));
            watts.put(producer, 300 + mark);
            return MonthBodies.curves(YearMonth.from(LocalDate.parse(firstDay)), watts, producer);
        }

        /** Attached from the agreement's start, open-ended. */
        private void attach(String prm, String role) throws Exception {
            expectOk(send("PUT", "operator/v1/agreements/" + agreementId + "/participants/" + prm + "/" + role,
                    operatorToken, "{\"start\":\"2025-01-01\",\"name\":\"Site\"}"), "attach " + prm);
        }

        private JsonNode operator(String method, String path, String body) throws Exception {
            return JSON.readTree(expectOk(send(method, path, operatorToken, body), path).body());
        }

        private JsonNode read(String token, String path) throws Exception {
            return JSON.readTree(expectOk(Answer.of(path, Answer.get(service.base(), path, token)), path).body());
        }

        private Answer send(String method, String path, String token, String body) {
            return Answer.of(path, Answer.get(service.base(), path, token).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body)));
        }

        private static Answer expectOk(Answer answer, String what) {
            assertTrue(answer.status() / 100 == 2, what + ": " + answer);
            return answer;
        }
    }
}
