package fr.accdatahub.auth;

import fr.accdatahub.auth.domain.SigningKey;
import fr.accdatahub.identity.ClientRole;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.lang.JoseException;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/**
 * Signs the service's access tokens: RS256 JWTs with a {@code kid}, validated on every call by quarkus-oidc.
 * Without a configured signing key (an external OIDC provider issues the tokens), it issues none.
 */
@ApplicationScoped
public class TokenIssuer {

    private final Optional<SigningKey> key;
    private final String issuer;
    private final String audience;
    private final long lifetimeSeconds;

    public TokenIssuer(TokenSettings settings) {
        this.key = settings.signingKey().map(SigningKey::fromPem)
                .or(() -> settings.signingKeyFile().map(Path::of).map(SigningKey::read));
        this.issuer = settings.issuer();
        this.audience = settings.audience();
        this.lifetimeSeconds = settings.lifetime();
    }

    public boolean enabled() {
        return key.isPresent();
    }

    public long lifetimeSeconds() {
        return lifetimeSeconds;
    }

    public String issue(String clientId, ClientRole role, String scope) {
        SigningKey signingKey = key.orElseThrow();
        Instant now = Instant.now();
        return Jwt.issuer(issuer)
                .audience(audience)
                .subject(clientId)
                .claim("client_id", clientId)
                .claim("jti", UUID.randomUUID().toString())
                .claim("scope", scope)
                .groups(role.code())
                .issuedAt(now)
                .expiresAt(now.plusSeconds(lifetimeSeconds))
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .keyId(signingKey.keyId())
                .sign(signingKey.privateKey());
    }

    /**
     * Whether a token quarkus-oidc accepted names the key this service signs with ({@code kid}): always when an
     * external provider issues the tokens (its JWKS is checked by quarkus-oidc).
     */
    public boolean isOwnKeyOf(String token) {
        if (key.isEmpty()) {
            return true;
        }
        try {
            return key.get().keyId().equals(JsonWebStructure.fromCompactSerialization(token).getKeyIdHeaderValue());
        } catch (JoseException e) {
            return false;
        }
    }

    /** The id and expiry of a token this service signed and that is still valid; empty for anything else. */
    public Optional<IssuedToken> read(String token) {
        if (key.isEmpty() || token == null) {
            return Optional.empty();
        }
        try {
            JwtClaims claims = new JwtConsumerBuilder()
                    .setVerificationKey(key.get().publicKey())
                    .setExpectedIssuer(issuer)
                    .setExpectedAudience(audience)
                    .setRequireJwtId()
                    .setRequireExpirationTime()
                    .build()
                    .processToClaims(token);
            return Optional.of(new IssuedToken(claims.getJwtId(),
                    Instant.ofEpochSecond(claims.getExpirationTime().getValue())));
        } catch (InvalidJwtException | MalformedClaimException e) {
            return Optional.empty();
        }
    }

    public record IssuedToken(String jti, Instant expiresAt) {
    }
}
