package fr.accdatahub.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretHasherTest {

    @Test
    void theDefaultHashIsSlowAndMatches() {
        SecretHasher hasher = new SecretHasher(() -> 210_000, null);
        String hash = hasher.hash("s3cret");
        assertTrue(hash.startsWith("pbkdf2-sha512$210000$"));
        assertTrue(hasher.matches("s3cret", hash));
    }

    @Test
    void aHashIsSaltedAndMatchesOnlyItsSecret() {
        SecretHasher hasher = new SecretHasher(() -> 1_000, null);
        String hash = hasher.hash("s3cret");
        assertNotEquals(hash, hasher.hash("s3cret"));
        assertTrue(hasher.matches("s3cret", hash));
        assertFalse(hasher.matches("s3cret ", hash));
        assertFalse(hasher.matches("", hash));
    }

    @Test
    void aStoredHashKeepsItsOwnIterationCount() {
        String old = new SecretHasher(() -> 1_000, null).hash("s3cret");
        assertTrue(new SecretHasher(() -> 2_000, null).matches("s3cret", old));
    }

    @Test
    void anUnknownClientNeverMatches() {
        SecretHasher hasher = new SecretHasher(() -> 1_000, null);
        assertFalse(hasher.matches("decoy-secret-for-unknown-clients", null));
        assertFalse(hasher.matches("x", "not-a-hash"));
    }
}
