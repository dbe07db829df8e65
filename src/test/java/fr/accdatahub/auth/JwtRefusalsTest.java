package fr.accdatahub.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import fr.accdatahub.auth.domain.SigningKey;
import fr.accdatahub.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Tokens the service did not issue as it issues them are refused with a 401, whatever they claim: unsigned, signed
 * HMAC with the public key as the secret, signed by another key (under the service's {@code kid} or its own), signed
 * by the service's key under another {@code kid}, from another issuer or for another audience, expired. The same claims signed as the service signs them are accepted, so each refusal is the one change made.
 */
@QuarkusTest
class JwtRefusalsTest {

    private static final String AGREEMENTS = Api.AGREEMENTS;

    @ConfigProperty(name = "acc.token.signing-key-file")
    String signingKeyFile;

    @ConfigProperty(name = "acc.token.issuer")
    String issuer;

    @ConfigProperty(name = "acc.token.audience")
    String audience;

    @Test
    void theServicesOwnSigningIsAccepted() {
        call(signed(key(), claims -> claims)).then().statusCode(200);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String[] parts = signed(key(), claims -> claims).split("\\.");
        String none = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        refused(none + "." + parts[1] + ".");
    }

    @Test
    void aTokenSignedHmacWithThePublicKeyIsRefused() throws Exception {
        String[] parts = signed(key(), claims -> claims).split("\\.");
        String header = encode(("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + key().keyId() + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        for (byte[] secret : new byte[][] {key().publicKey().getEncoded(),
            key().publicKeyBase64().getBytes(StandardCharsets.US_ASCII)}) {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            String signature = encode(mac.doFinal((header + "." + parts[1]).getBytes(StandardCharsets.US_ASCII)));
            refused(header + "." + parts[1] + "." + signature);
        }
    }

    @Test
    void aTokenSignedByAnotherKeyOrUnderAnotherKidIsRefused() {
        SigningKey other = SigningKey.generate();
        refused(claims().jws().algorithm(SignatureAlgorithm.RS256).keyId(key().keyId()).sign(other.privateKey()));
        refused(signed(other, claims -> claims));
        refused(claims().jws().algorithm(SignatureAlgorithm.RS256).keyId("not-the-services").sign(key().privateKey()));
    }

    @Test
    void anotherIssuerAudienceOrAnExpiredTokenIsRefused() {
        refused(signed(key(), claims -> claims.issuer("https://someone-else.example")));
        refused(signed(key(), claims -> claims.audience("another-api")));
        Instant past = Instant.now().minusSeconds(7_200);
        refused(signed(key(), claims -> claims.issuedAt(past.minusSeconds(3_600)).expiresAt(past)));
    }

    private void refused(String token) {
        call(token).then().statusCode(401).body("error", equalTo("invalid_token"));
    }

    private static io.restassured.response.Response call(String token) {
        return given().header("Authorization", "Bearer " + token).get(AGREEMENTS);
    }

    private SigningKey key() {
        return SigningKey.read(Path.of(signingKeyFile));
    }

    private String signed(SigningKey key, UnaryOperator<JwtClaimsBuilder> change) {
        return change.apply(claims()).jws().algorithm(SignatureAlgorithm.RS256).keyId(key.keyId())
                .sign(key.privateKey());
    }

    /** The claims of a token the service issues to demo-pmo. */
    private JwtClaimsBuilder claims() {
        Instant now = Instant.now();
        return Jwt.issuer(issuer).audience(audience).subject("demo-pmo")
                .claim("client_id", "demo-pmo").claim("jti", UUID.randomUUID().toString())
                .claim("scope", "collective_self_consumption").groups("pmo").issuedAt(now)
                .expiresAt(now.plusSeconds(600));
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
