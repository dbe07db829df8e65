package fr.accdatahub.auth;

import io.smallrye.config.ConfigMapping;

/** How client secrets are hashed ({@code acc.auth.*}). */
@ConfigMapping(prefix = "acc.auth")
public interface SecretSettings {

    /** PBKDF2-HMAC-SHA512 iterations for new secrets; stored hashes keep their own count. */
    int hashIterations();
}
