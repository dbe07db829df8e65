package fr.accdatahub.auth;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** How the service signs its access tokens ({@code acc.token.*}). */
@ConfigMapping(prefix = "acc.token")
public interface TokenSettings {

    /** The RSA private key, PKCS#8 PEM; none when an external OIDC provider issues the tokens. */
    Optional<String> signingKey();

    /** A file holding that key, read when {@link #signingKey()} is not set. */
    Optional<String> signingKeyFile();

    /**
     * During a rotation, the key that signed until then (PKCS#8 PEM): the tokens it signed stay valid until they
     * expire, and its public half is in the JWKS. Remove it once they have.
     */
    Optional<String> previousSigningKey();

    /** A file holding that key, read when {@link #previousSigningKey()} is not set. */
    Optional<String> previousSigningKeyFile();

    /** The tokens' {@code iss}. */
    String issuer();

    /** The tokens' {@code aud}. */
    String audience();

    /** How long a token is valid, in seconds. */
    long lifetime();
}
