package fr.accdatahub.auth.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {

    @Test
    void aKeySurvivesItsPemAndKeepsItsId() {
        SigningKey key = SigningKey.generate();
        SigningKey read = SigningKey.fromPem(key.toPem());
        assertEquals(key.keyId(), read.keyId());
        assertEquals(key.publicKeyBase64(), read.publicKeyBase64());
        assertNotEquals(key.keyId(), SigningKey.generate().keyId());
    }

    @Test
    void aKeyIsCreatedOnceInItsFile(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("keys/token.pem");
        SigningKey created = SigningKey.readOrCreate(file);
        assertTrue(Files.readString(file).startsWith("-----BEGIN PRIVATE KEY-----"));
        assertEquals(created.keyId(), SigningKey.readOrCreate(file).keyId());
    }

    @Test
    void aPkcs1OrGarbageKeyIsRefusedClearly() {
        assertThrows(IllegalArgumentException.class,
                () -> SigningKey.fromPem("-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----"));
        assertThrows(IllegalArgumentException.class, () -> SigningKey.fromPem("not a key"));
    }
}
