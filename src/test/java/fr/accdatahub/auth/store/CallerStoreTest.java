package fr.accdatahub.auth.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.auth.store.CallerStore.ClientState;
import fr.accdatahub.identity.ClientRole;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CallerStoreTest {

    @Inject
    CallerStore callers;

    @Inject
    RevocationStore revocations;

    @Test
    void aRequestReadsItsClientWithMandatesAndIsCounted() {
        ClientState first = callers.checkAndCount("demo-pmo", "no-such-token").await().indefinitely().orElseThrow();
        ClientState second = callers.checkAndCount("demo-pmo", "no-such-token").await().indefinitely().orElseThrow();
        assertEquals(ClientRole.PMO, first.role());
        assertEquals(Set.of("ACC00000001", "ACC00000002"), first.mandates());
        assertFalse(first.revoked());
        assertTrue(second.hourRequests() == first.hourRequests() + 1 || second.hourRequests() == 1,
                "counted in the hour (or a new hour began)");
    }

    @Test
    void anUnknownClientIsNotFoundAndARevokedTokenIsSaid() {
        assertTrue(callers.checkAndCount("no-such-client", "x").await().indefinitely().isEmpty());
        revocations.revoke("revoked-jti", Instant.now().plusSeconds(600)).await().indefinitely();
        assertTrue(callers.checkAndCount("demo-operator", "revoked-jti").await().indefinitely().orElseThrow()
                .revoked());
        assertEquals(Set.of(), callers.checkAndCount("demo-operator", "x").await().indefinitely().orElseThrow()
                .mandates());
    }
}
