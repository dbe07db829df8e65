package fr.accdatahub.keys.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;

/** SHA-256 digests as lowercase hex: the names of stored consumer lists and the fingerprints of submissions. */
public final class Sha256 {

    private Sha256() {
    }

    /** The hex digest of what {@code content} feeds the digest. */
    public static String hex(Consumer<MessageDigest> content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            content.accept(sha);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
