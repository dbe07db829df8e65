package fr.accdatahub.keys;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.accdatahub.agreement.KeyType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The key in force at each step of a range. */
public record KeysInForce(String agreementId, KeyType keyType, OffsetDateTime start, OffsetDateTime end,
        List<Step> steps) {

    public enum Source {
        /** An accepted submission. */
        SUBMITTED,
        /** No accepted key: the operator applies the default key (prorata of consumption). */
        DEFAULT,
        /** The static coefficients of the perimeter. */
        STATIC
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(OffsetDateTime start, Source source, UUID submissionId, List<Coefficient> keys,
            List<Producer> producers) {
    }

    public record Producer(String usagePointId, UUID submissionId, List<Coefficient> keys) {
    }

    public record Coefficient(String usagePointId, BigDecimal coefficient) {
    }
}
