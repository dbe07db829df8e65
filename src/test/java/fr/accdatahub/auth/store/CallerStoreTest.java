package fr.accdatahub.auth.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.auth.domain.ClientProfile;
import fr.accdatahub.auth.domain.Mandate;
import fr.accdatahub.auth.store.CallerStore.Change;
import fr.accdatahub.identity.ClientRole;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CallerStoreTest {

    @Inject
    CallerStore callers;

    @Inject
    RevocationStore revocations;

    @Test
    void aClientIsReadWithItsMandates() {
        ClientProfile pmo = callers.client("demo-pmo").await().indefinitely().orElseThrow();
        assertEquals(ClientRole.PMO, pmo.role());
        assertEquals(List.of(new Mandate("ACC00000001", null, null, Mandate.BOTH),
                new Mandate("ACC00000002", null, null, Mandate.BOTH)), pmo.mandates());
        assertEquals(List.of(), callers.client("demo-operator").await().indefinitely().orElseThrow().mandates());
        assertTrue(callers.client("no-such-client").await().indefinitely().isEmpty());
    }

    @Test
    void aRevocationIsStoredAndAnnouncedWithItsExpiry() {
        OffsetDateTime before = callers.changesAfter(OffsetDateTime.now().plusDays(1)).await().indefinitely().readAt();
        Instant expiry = Instant.parse("2099-01-01T00:00:00Z");
        revocations.revoke("revoked-jti-store", expiry).await().indefinitely();
        assertTrue(callers.isRevoked("revoked-jti-store").await().indefinitely());
        assertFalse(callers.isRevoked("never-revoked").await().indefinitely());
        assertEquals(expiry, callers.revokedTokens().await().indefinitely().get("revoked-jti-store"));
        assertTrue(callers.changesAfter(before).await().indefinitely().changes()
                .contains(new Change('t', "revoked-jti-store", expiry)));
    }
}
