package fr.accdatahub.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.accdatahub.auth.domain.SigningKey;
import fr.accdatahub.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A rotation of the signing key without downtime: with the previous key configured beside the new one, the tokens
 * either signed are accepted (each under its own {@code kid}), both public keys are in the JWKS, and nothing else is.
 */
@QuarkusTest
@TestProfile(KeyRotationTest.DuringARotation.class)
class KeyRotationTest {

    /** Kept in a file: the profile and the test are loaded apart, and must read the same key. */
    private static final Path PREVIOUS_FILE = Path.of("target", "previous-signing-key.pem").toAbsolutePath();
    private static final SigningKey PREVIOUS = SigningKey.readOrCreate(PREVIOUS_FILE);

    /** The key that signed until the rotation, still configured. */
    public static class DuringARotation implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            SigningKey.readOrCreate(PREVIOUS_FILE);
            return Map.of("acc.token.previous-signing-key-file", PREVIOUS_FILE.toString());
        }
    }

    @ConfigProperty(name = "acc.token.signing-key-file")
    String signingKeyFile;

    @Test
    void tokensOfBothKeysAreAcceptedEachUnderItsOwnKid() {
        SigningKey current = SigningKey.read(Path.of(signingKeyFile));
        given().auth().oauth2(Api.token("demo-pmo", "demo-pmo-secret")).get(Api.AGREEMENTS).then().statusCode(200);
        given().auth().oauth2(signed(PREVIOUS, PREVIOUS.keyId())).get(Api.AGREEMENTS).then().statusCode(200);
        given().auth().oauth2(signed(current, current.keyId())).get(Api.AGREEMENTS).then().statusCode(200);
        for (String token : List.of(signed(PREVIOUS, current.keyId()), signed(current, PREVIOUS.keyId()),
                signed(SigningKey.generate(), PREVIOUS.keyId()))) {
            given().auth().oauth2(token).get(Api.AGREEMENTS).then().statusCode(401)
                    .body("error", equalTo("invalid_token"));
        }
    }

    @Test
    void theJwksHoldsBothPublicKeysAndNoPrivatePart() {
        SigningKey current = SigningKey.read(Path.of(signingKeyFile));
        JsonPath jwks = given().get("/oauth2/v3/jwks").then().statusCode(200)
                .header("Cache-Control", "max-age=300")
                .body("keys", hasSize(2))
                .body("keys.d", equalTo(java.util.Arrays.asList(null, null)))
                .extract().jsonPath();
        assertEquals(List.of(current.keyId(), PREVIOUS.keyId()), jwks.getList("keys.kid"));
        assertEquals(List.of("RSA", "RSA"), jwks.getList("keys.kty"));
        assertEquals(List.of("RS256", "RS256"), jwks.getList("keys.alg"));
        given().get("/oauth2/v3/jwks").then().body("keys[0].p", nullValue());
    }

    private static String signed(SigningKey key, String kid) {
        Instant now = Instant.now();
        return Jwt.issuer("https://acc-datahub.local").audience("acc-datahub").subject("demo-pmo")
                .claim("client_id", "demo-pmo").claim("jti", UUID.randomUUID().toString())
                .claim("scope", "collective_self_consumption").groups("pmo").issuedAt(now)
                .expiresAt(now.plusSeconds(600)).jws().algorithm(SignatureAlgorithm.RS256).keyId(kid)
                .sign(key.privateKey());
    }
}
