package fr.accdatahub.auth.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.lang.HashUtil;

/**
 * The RSA key that signs the service's access tokens (RS256). Its public half, which quarkus-oidc uses to validate
 * tokens, is derived from the private key, so only the private key has to be configured (PKCS#8 PEM).
 */
public final class SigningKey {

    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";

    private final RSAPrivateCrtKey privateKey;
    private final RSAPublicKey publicKey;
    /** The public key's JWK thumbprint (RFC 7638), computed once: every request's token is checked against it. */
    private final String keyId;

    private SigningKey(RSAPrivateCrtKey privateKey) {
        this.privateKey = privateKey;
        try {
            this.publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot derive the public key", e);
        }
        this.keyId = new RsaJsonWebKey(publicKey).calculateBase64urlEncodedThumbprint(HashUtil.SHA_256);
    }

    public static SigningKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new SigningKey((RSAPrivateCrtKey) generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }

    public static SigningKey fromPem(String pem) {
        String body = pem.replace(BEGIN, "").replace(END, "").replaceAll("\\s", "");
        if (pem.contains("BEGIN RSA PRIVATE KEY") || body.isEmpty()) {
            throw new IllegalArgumentException(
                    "The token signing key must be an RSA private key in PKCS#8 PEM ('BEGIN PRIVATE KEY')");
        }
        try {
            byte[] der = Base64.getDecoder().decode(body);
            return new SigningKey((RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(der)));
        } catch (IllegalArgumentException | GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("The token signing key is not a readable RSA PKCS#8 key", e);
        }
    }

    public static SigningKey read(Path file) {
        try {
            return fromPem(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the token signing key " + file, e);
        }
    }

    /** Reads the key at {@code file}, or creates one there (owner-readable only) when the file does not exist. */
    public static SigningKey readOrCreate(Path file) {
        if (Files.exists(file)) {
            return read(file);
        }
        SigningKey key = generate();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, key.toPem(), StandardCharsets.US_ASCII);
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the token signing key " + file, e);
        }
        return key;
    }

    public String toPem() {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(privateKey.getEncoded());
        return BEGIN + "\n" + base64 + "\n" + END + "\n";
    }

    public RSAPrivateCrtKey privateKey() {
        return privateKey;
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    /** The public key as quarkus-oidc's {@code quarkus.oidc.public-key} takes it: base64 of the X.509 DER. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    /** The key id ({@code kid}): the RFC 7638 JWK thumbprint of the public key. */
    public String keyId() {
        return keyId;
    }
}
