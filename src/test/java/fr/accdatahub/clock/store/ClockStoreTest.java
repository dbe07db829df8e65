package fr.accdatahub.clock.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClockStoreTest {

    @Inject
    ClockStore store;

    @Test
    void theShiftIsKeptUntilReset() {
        try {
            store.setShiftMillis(-86_400_000L).await().indefinitely();
            assertEquals(-86_400_000L, store.shiftMillis().await().indefinitely());
            store.setShiftMillis(1_234L).await().indefinitely();
            assertEquals(1_234L, store.shiftMillis().await().indefinitely());
        } finally {
            store.reset().await().indefinitely();
        }
        assertEquals(0L, store.shiftMillis().await().indefinitely());
    }
}
