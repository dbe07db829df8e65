package fr.accdatahub.keys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.accdatahub.agreement.AgreementService;
import fr.accdatahub.agreement.domain.Agreement;
import fr.accdatahub.agreement.domain.AgreementSnapshot;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.clock.ServiceClock;
import fr.accdatahub.failure.Conflict;
import fr.accdatahub.failure.InvalidRequest;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.keys.domain.AcceptedKey;
import fr.accdatahub.keys.domain.KeyConflicts;
import fr.accdatahub.keys.domain.KeyFile;
import fr.accdatahub.keys.domain.KeySubmissionRequest;
import fr.accdatahub.keys.domain.KeyValidator;
import fr.accdatahub.keys.domain.PerimeterCalendar;
import fr.accdatahub.keys.domain.Sha256;
import fr.accdatahub.keys.domain.StepReport;
import fr.accdatahub.keys.domain.StepReport.Status;
import fr.accdatahub.keys.domain.SubmissionReport;
import fr.accdatahub.keys.domain.SubmittedStep;
import fr.accdatahub.keys.store.KeyStore;
import fr.accdatahub.observability.Metrics;
import fr.accdatahub.web.JsonBodies;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Submitting dynamic keys: find the agreement the caller may see, answer a retried request with its first answer,
 * judge the steps (off the event loop: a month of keys is half a million values), store what was accepted together
 * with the report, and answer the report.
 */
@ApplicationScoped
public class KeyService {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("^[\\x21-\\x7E]{1,255}$");

    /** What was sent: a JSON body, or an annex 5 file with its name. */
    public sealed interface Submitted {
        byte[] body();

        record Json(byte[] body) implements Submitted {
        }

        /** An annex 5 file: SIMPLE keys, or with {@code producer} that producer's FULL keys. */
        record File(String fileName, byte[] body, String producer) implements Submitted {
        }
    }

    /**
     * A body up to this size (a step of a few hundred consumers) is judged where it arrived, in well under a
     * millisecond: handing it to a worker thread and back cost more than judging it. Larger ones go to a worker.
     */
    private static final int JUDGED_ON_THE_EVENT_LOOP = 32 * 1024;

    private final AgreementService agreements;
    private final KeyStore store;
    private final ServiceClock clock;
    private final ObjectMapper json;
    private final Vertx vertx;
    private final Metrics metrics;

    public KeyService(AgreementService agreements, KeyStore store, ServiceClock clock, ObjectMapper json, Vertx vertx,
            Metrics metrics) {
        this.agreements = agreements;
        this.store = store;
        this.clock = clock;
        this.json = json;
        this.vertx = vertx;
        this.metrics = metrics;
    }

    /** Judges and stores a submission; answers its report as JSON. */
    public Uni<String> submit(Caller caller, String agreementId, Submitted submitted, String idempotencyKey) {
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidRequest("Idempotency-Key must be 1 to 255 visible ASCII characters");
        }
        String digest = idempotencyKey == null ? null : digest(submitted);  // only a retry compares it
        return agreements.snapshot(caller, agreementId).chain(snapshot -> {
            Agreement agreement = snapshot.agreement();
            if (!agreement.everDynamic()) {
                KeyType keyType = agreement.keyType(agreement.startDate());
                throw KeyConflicts.keyTypeMismatch(keyType, keyType);
            }
            Uni<Optional<KeyStore.Previous>> previous = idempotencyKey == null
                    ? Uni.createFrom().item(Optional.empty())
                    : store.findByIdempotencyKey(caller.clientId(), idempotencyKey);
            return previous.chain(found -> {
                if (found.isPresent()) {
                    if (!found.get().requestDigest().equals(digest)) {
                        throw KeyConflicts.idempotencyKeyReused();
                    }
                    return Uni.createFrom().item(found.get().report());
                }
                return clock.now().chain(now -> judgeAndStore(caller, snapshot, submitted, now, idempotencyKey,
                        digest));
            });
        });
    }

    /**
     * Judges and stores a JSON submission as if it had been received at {@code receivedAt}, a past instant: the
     * sandbox's scenarios send their keys in time for periods long closed. Answers the report.
     */
    public Uni<String> submitAsOf(Caller caller, String agreementId, byte[] json, Instant receivedAt) {
        return agreements.snapshot(caller, agreementId).chain(snapshot ->
                judgeAndStore(caller, snapshot, new Submitted.Json(json), receivedAt, null, null));
    }

    private Uni<String> judgeAndStore(Caller caller, AgreementSnapshot snapshot, Submitted submitted, Instant now,
            String idempotencyKey, String digest) {
        Uni<Judged> judging = Uni.createFrom().item(() -> judge(caller, snapshot, submitted, now, idempotencyKey,
                digest));
        return (submitted.body().length <= JUDGED_ON_THE_EVENT_LOOP ? judging : vertx.executeBlocking(judging))
                .chain(judged -> store.store(judged.submission(), judged.report(), judged.accepted())
                        .invoke(() -> judged.steps().forEach(step -> metrics.keyStep(step.status().name(),
                                step.rejectionCodes())))
                        .replaceWith(judged.report()));
    }

    /** The steps of a submission, and the key type they are given in. */
    private record Parsed(KeyType keyType, List<SubmittedStep> steps) {
    }

    /** A judged submission: its row, its report, the keys to store. */
    private record Judged(KeyStore.Submission submission, String report, List<AcceptedKey> accepted,
            List<StepReport> steps) {
    }

    private Judged judge(Caller caller, AgreementSnapshot snapshot, Submitted submitted, Instant now,
            String idempotencyKey, String digest) {
        Agreement agreement = snapshot.agreement();
        Parsed parsed = steps(agreement, submitted, Paris.day(now));
        KeyValidator.Outcome outcome = new KeyValidator(new KeyValidator.Context(parsed.keyType(),
                agreement.startDate(), agreement.anniversaryDay(), agreement.statuses(), now,
                new PerimeterCalendar(snapshot.attachments())))
                .validate(parsed.steps());
        String fileName = submitted instanceof Submitted.File file ? file.fileName() : null;
        List<OffsetDateTime> missing = fileName == null ? null
                : KeyFile.missingSteps(fileName, parsed.steps(), agreement.startDate(), agreement.stepGrid());
        SubmissionReport report = new SubmissionReport(UUID.randomUUID(), agreement.id(), caller.clientId(),
                Paris.local(now), parsed.keyType(), fileName,
                outcome.count(Status.ACCEPTED), outcome.count(Status.PARTIALLY_ACCEPTED),
                outcome.count(Status.REJECTED), missing, outcome.steps());
        KeyStore.Submission submission = new KeyStore.Submission(report.submissionId(), agreement.id(),
                caller.clientId(), now, parsed.keyType().name(), fileName, report.accepted(), report.rejected(),
                idempotencyKey, digest);
        try {
            return new Judged(submission, json.writeValueAsString(report), outcome.accepted(), outcome.steps());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the report", e);
        }
    }

    /**
     * Reads the steps. They are given in the key type in force at the first of them (today's without one), which
     * must be the one in force at every step: a key type changes only between calculation periods.
     */
    private Parsed steps(Agreement agreement, Submitted submitted, LocalDate today) {
        return switch (submitted) {
            case Submitted.Json body -> {
                KeySubmissionRequest request = JsonBodies.read(json, body.body(), KeySubmissionRequest.class);
                KeyType keyType = agreement.keyType(request.firstDay().orElse(today));
                request.checkShape(keyType);
                List<SubmittedStep> steps = SubmittedStep.of(request);
                requireKeyType(agreement, steps, keyType, inForce -> KeyConflicts.keyTypeMismatch(request.keyType(),
                        inForce));
                yield new Parsed(keyType, steps);
            }
            case Submitted.File file -> {
                KeyType keyType = file.producer() == null ? KeyType.DYNAMIC_SIMPLE : KeyType.DYNAMIC_FULL;
                Function<KeyType, Conflict> mismatch = file.producer() == null ? KeyConflicts::fileOfSimpleKeys
                        : KeyConflicts::fileOfProducerKeys;
                if (agreement.keyTypes().versions().stream().noneMatch(v -> v.value() == keyType)) {
                    throw mismatch.apply(agreement.keyType(today));
                }
                List<SubmittedStep> read = KeyFile.read(file.fileName(), agreement.id(), agreement.stepGrid(),
                        new String(file.body(), StandardCharsets.UTF_8));
                List<SubmittedStep> steps = file.producer() == null ? read
                        : read.stream().map(step -> step.ofProducer(file.producer())).toList();
                requireKeyType(agreement, steps, keyType, mismatch);
                yield new Parsed(keyType, steps);
            }
        };
    }

    /** A 409 unless every step is of a day when {@code keyType} is in force. */
    private static void requireKeyType(Agreement agreement, List<SubmittedStep> steps, KeyType keyType,
            Function<KeyType, Conflict> mismatch) {
        steps.stream()
                .map(step -> agreement.keyType(Paris.day(step.start().toInstant())))
                .filter(inForce -> inForce != keyType)
                .findFirst()
                .ifPresent(inForce -> {
                    throw mismatch.apply(inForce);
                });
    }

    private static String digest(Submitted submitted) {
        return Sha256.hex(sha -> {
            if (submitted instanceof Submitted.File file) {
                sha.update(file.fileName().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                if (file.producer() != null) {  // a SIMPLE file's digest stays as it was stored before producers
                    sha.update(file.producer().getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                }
            }
            sha.update(submitted.body());
        });
    }
}
