package fr.accdatahub.auth;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Client secrets as slow salted hashes (PBKDF2-HMAC-SHA512), compared in constant time. A stored hash carries its
 * own iteration count ({@code pbkdf2-sha512$<iterations>$<salt>$<hash>}), so raising the count keeps old ones valid.
 */
@ApplicationScoped
public class SecretHasher {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final String PREFIX = "pbkdf2-sha512";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 512;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;
    private final String decoy;
    private final Vertx vertx;

    public SecretHasher(SecretSettings settings, Vertx vertx) {
        this.iterations = settings.hashIterations();
        this.vertx = vertx;
        this.decoy = hash("decoy-secret-for-unknown-clients");
    }

    /** {@link #hash} on a worker thread, resuming on the caller's context: hashing is slow by design. */
    public Uni<String> hashOffLoop(String secret) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> hash(secret)));
    }

    /** {@link #matches} on a worker thread, resuming on the caller's context. */
    public Uni<Boolean> matchesOffLoop(String secret, String stored) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> matches(secret, stored)));
    }

    public String hash(String secret) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(secret, salt, iterations);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    /** Checks {@code secret} against {@code stored}; a null {@code stored} spends the same time and fails. */
    public boolean matches(String secret, String stored) {
        boolean known = stored != null;
        String[] parts = (known ? stored : decoy).split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        Base64.Decoder base64 = Base64.getDecoder();
        byte[] expected = base64.decode(parts[3]);
        byte[] actual = derive(secret, base64.decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual) && known;
    }

    /** A new random secret: 32 bytes, base64url. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] derive(String secret, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, HASH_BITS);
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
