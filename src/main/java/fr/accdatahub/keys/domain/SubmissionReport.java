package fr.accdatahub.keys.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.accdatahub.agreement.domain.KeyType;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The answer to a submission, stored with it: every step's outcome. For FULL agreements a step counts as accepted
 * when all its producers were, partially accepted when some were. For an annex 5 file, the steps of its days it has no
 * line for are listed (they get the default key).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@RegisterForReflection
public record SubmissionReport(
        UUID submissionId,
        String agreementId,
        String clientId,
        OffsetDateTime receivedAt,
        KeyType keyType,
        String fileName,
        int accepted,
        int partiallyAccepted,
        int rejected,
        List<OffsetDateTime> missingSteps,
        List<StepReport> steps) {
}
