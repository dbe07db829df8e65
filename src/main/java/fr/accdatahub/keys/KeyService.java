package fr.accdatahub.keys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.accdatahub.agreement.AgreementService;
import fr.accdatahub.agreement.domain.Agreement;
import fr.accdatahub.agreement.domain.AgreementSnapshot;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.clock.ServiceClock;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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

        record File(String fileName, byte[] body) implements Submitted {
        }
    }

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
        String digest = digest(submitted);
        return agreements.snapshot(caller, agreementId).chain(snapshot -> {
            KeyType keyType = snapshot.agreement().keyType();
            if (!keyType.isDynamic()) {
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
                return clock.now().chain(now -> vertx.executeBlocking(Uni.createFrom().item(() ->
                                judge(caller, snapshot, submitted, now, idempotencyKey, digest)))
                        .chain(judged -> store.store(judged.submission(), judged.report(), judged.accepted())
                                .invoke(() -> judged.steps().forEach(step -> metrics.keyStep(step.status().name(),
                                        step.rejectionCodes())))
                                .replaceWith(judged.report())));
            });
        });
    }

    /** A judged submission: its row, its report, the keys to store. */
    private record Judged(KeyStore.Submission submission, String report, List<AcceptedKey> accepted,
            List<StepReport> steps) {
    }

    private Judged judge(Caller caller, AgreementSnapshot snapshot, Submitted submitted, Instant now,
            String idempotencyKey, String digest) {
        Agreement agreement = snapshot.agreement();
        List<SubmittedStep> steps = steps(agreement, submitted);
        KeyValidator.Outcome outcome = new KeyValidator(new KeyValidator.Context(agreement.keyType(),
                agreement.startDate(), agreement.anniversaryDay(), now, new PerimeterCalendar(snapshot.attachments())))
                .validate(steps);
        String fileName = submitted instanceof Submitted.File file ? file.fileName() : null;
        SubmissionReport report = new SubmissionReport(UUID.randomUUID(), agreement.id(), caller.clientId(),
                Paris.local(now), agreement.keyType(), fileName,
                outcome.count(Status.ACCEPTED), outcome.count(Status.PARTIALLY_ACCEPTED),
                outcome.count(Status.REJECTED), outcome.steps());
        KeyStore.Submission submission = new KeyStore.Submission(report.submissionId(), agreement.id(),
                caller.clientId(), now, agreement.keyType().name(), fileName, report.accepted(), report.rejected(),
                idempotencyKey, digest);
        try {
            return new Judged(submission, json.writeValueAsString(report), outcome.accepted(), outcome.steps());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the report", e);
        }
    }

    private List<SubmittedStep> steps(Agreement agreement, Submitted submitted) {
        return switch (submitted) {
            case Submitted.Json body -> {
                KeySubmissionRequest request = JsonBodies.read(json, body.body(), KeySubmissionRequest.class);
                request.checkShape(agreement.keyType());
                yield SubmittedStep.of(request);
            }
            case Submitted.File file -> {
                if (agreement.keyType() != KeyType.DYNAMIC_SIMPLE) {
                    throw KeyConflicts.fileOfSimpleKeys(agreement.keyType());
                }
                yield KeyFile.read(file.fileName(), agreement.id(), new String(file.body(), StandardCharsets.UTF_8));
            }
        };
    }

    private static String digest(Submitted submitted) {
        return Sha256.hex(sha -> {
            if (submitted instanceof Submitted.File file) {
                sha.update(file.fileName().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            sha.update(submitted.body());
        });
    }
}
