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
import java.util.stream.Stream;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.Use;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.lang.JoseException;

/**
 * Signs the service's access tokens: RS256 JWTs with a {@code kid}, validated on every call by quarkus-oidc. During a
 * rotation, the tokens the previous key signed stay valid until they expire ({@link PreviousKeyTenant}). Without a
 * configured signing key (an external OIDC provider issues the tokens), it issues none.
 */
@ApplicationScoped
public class TokenIssuer {

    private final Optional<SigningKey> key;
    private final Optional<SigningKey> previous;
    private final String issuer;
    private final String audience;
    private final long lifetimeSeconds;

    public TokenIssuer(TokenSettings settings) {
        this.key = settings.signingKey().map(SigningKey::fromPem)
                .or(() -> settings.signingKeyFile().map(Path::of).map(SigningKey::read));
        this.previous = settings.previousSigningKey().map(SigningKey::fromPem)
                .or(() -> settings.previousSigningKeyFile().map(Path::of).map(SigningKey::read));
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
     * Whether a token quarkus-oidc accepted names one of this service's keys ({@code kid}), the current one or,
     * during a rotation, the previous; always when an external provider issues the tokens (quarkus-oidc checks its
     * JWKS).
     */
    public boolean isOwnKeyOf(String token) {
        return key.isEmpty() || keyOf(token).isPresent();
    }

    /** The key, current or previous, whose {@code kid} a token names. */
    public Optional<SigningKey> keyOf(String token) {
        try {
            String kid = JsonWebStructure.fromCompactSerialization(token).getKeyIdHeaderValue();
            return Stream.of(key, previous).flatMap(Optional::stream).filter(k -> k.keyId().equals(kid)).findFirst();
        } catch (JoseException e) {
            return Optional.empty();
        }
    }

    /** The previous signing key, during a rotation. */
    public Optional<SigningKey> previousKey() {
        return previous;
    }

    /** The public keys tokens are verified with, as a JWK set (RFC 7517): the current one, then the previous. */
    public String keySet() {
        JsonWebKeySet set = new JsonWebKeySet();
        Stream.of(key, previous).flatMap(Optional::stream).forEach(k -> {
            RsaJsonWebKey jwk = new RsaJsonWebKey(k.publicKey());
            jwk.setKeyId(k.keyId());
            jwk.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            jwk.setUse(Use.SIGNATURE);
            set.addJsonWebKey(jwk);
        });
        return set.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    public String issuer() {
        return issuer;
    }

    public String audience() {
        return audience;
    }

    /** The id and expiry of a token this service signed and that is still valid; empty for anything else. */
    public Optional<IssuedToken> read(String token) {
        Optional<SigningKey> signer = token == null ? Optional.empty() : keyOf(token);
        if (signer.isEmpty()) {
            return Optional.empty();
        }
        try {
            JwtClaims claims = new JwtConsumerBuilder()
                    .setVerificationKey(signer.get().publicKey())
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
