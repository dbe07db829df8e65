package fr.accdatahub.keys.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.failure.InvalidRequest;
import fr.accdatahub.keys.domain.KeySubmissionRequest.KeyValue;
import fr.accdatahub.keys.domain.KeySubmissionRequest.ProducerKeys;
import fr.accdatahub.keys.domain.KeySubmissionRequest.Step;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shape of a JSON submission: what makes the whole request a 400. */
class KeySubmissionRequestTest {

    private static final OffsetDateTime START = OffsetDateTime.parse("2024-11-10T10:00:00+01:00");
    private static final List<KeyValue> KEYS = List.of(new KeyValue("30000000000101", BigDecimal.TEN));

    @Test
    void theOtherKeyTypesListMayBeEmptyAsGeneratedClientsSendIt() {
        assertDoesNotThrow(() -> simple(new Step(START, KEYS, List.of())).checkShape(KeyType.DYNAMIC_SIMPLE));
        assertDoesNotThrow(() -> full(new Step(START, List.of(), List.of(new ProducerKeys("30000000000201", KEYS))))
                .checkShape(KeyType.DYNAMIC_FULL));
    }

    @Test
    void theOtherKeyTypesListWithValuesIsA400() {
        InvalidRequest simple = assertThrows(InvalidRequest.class, () -> simple(new Step(START, KEYS,
                List.of(new ProducerKeys("30000000000201", KEYS)))).checkShape(KeyType.DYNAMIC_SIMPLE));
        assertEquals("steps[0].producers is for DYNAMIC_FULL: give keys", simple.getMessage());
        InvalidRequest full = assertThrows(InvalidRequest.class, () -> full(new Step(START, KEYS,
                List.of(new ProducerKeys("30000000000201", KEYS)))).checkShape(KeyType.DYNAMIC_FULL));
        assertEquals("steps[0].keys is for DYNAMIC_SIMPLE: give producers[].keys", full.getMessage());
    }

    @Test
    void missingListsAreA400NamingThem() {
        InvalidRequest simple = assertThrows(InvalidRequest.class, () -> simple(new Step(START, null, null))
                .checkShape(KeyType.DYNAMIC_SIMPLE));
        assertEquals("steps[0].keys is required", simple.getMessage());
        InvalidRequest full = assertThrows(InvalidRequest.class, () -> full(new Step(START, null, List.of()))
                .checkShape(KeyType.DYNAMIC_FULL));
        assertEquals("steps[0].producers is required", full.getMessage());
    }

    private static KeySubmissionRequest simple(Step step) {
        return new KeySubmissionRequest(KeyType.DYNAMIC_SIMPLE, List.of(step));
    }

    private static KeySubmissionRequest full(Step step) {
        return new KeySubmissionRequest(KeyType.DYNAMIC_FULL, List.of(step));
    }
}
