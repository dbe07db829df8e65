package fr.accdatahub.keys.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.accdatahub.keys.domain.AcceptedKey;
import fr.accdatahub.keys.domain.ConsumerColumns;
import fr.accdatahub.keys.domain.StoredKey;
import fr.accdatahub.support.Api;
import fr.accdatahub.support.Api.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Storage is all or nothing: a failure after the keys were written leaves none of them. */
@QuarkusTest
class KeyStoreTest {

    @Inject
    KeyStore store;

    @Test
    void aFailureMidStorageLeavesNothingOfTheSubmission() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-09-01", 2, 1);
        ConsumerColumns consumers = ConsumerColumns.of(agreement.consumers());
        UUID id = UUID.randomUUID();
        Instant first = Instant.parse("2024-11-05T10:00:00Z");
        Instant second = Instant.parse("2024-11-05T11:00:00Z");
        store.store(submission(id, agreement), "{}", List.of(
                new AcceptedKey(first, AcceptedKey.EVERY_PRODUCER, consumers, new short[] {100, 200})))
                .await().indefinitely();

        // Same submission id: the keys are written, then the submission row fails; the whole transaction goes.
        assertThrows(RuntimeException.class, () -> store.store(submission(id, agreement), "{}", List.of(
                new AcceptedKey(first, AcceptedKey.EVERY_PRODUCER, consumers, new short[] {900, 0}),
                new AcceptedKey(second, AcceptedKey.EVERY_PRODUCER, consumers, new short[] {300, 400})))
                .await().indefinitely());

        List<StoredKey> keys = store.keys(agreement.agreementId(), first, second.plusSeconds(900), false)
                .await().indefinitely();
        assertEquals(1, keys.size());
        assertArrayEquals(new short[] {100, 200}, keys.get(0).coefficients());
        assertEquals(1L, store.countSubmissions(agreement.agreementId()).await().indefinitely());
    }

    private static KeyStore.Submission submission(UUID id, Fixture agreement) {
        return new KeyStore.Submission(id, agreement.agreementId(), "test", Instant.now(), "DYNAMIC_SIMPLE", null,
                1, 0, null, null);
    }
}
