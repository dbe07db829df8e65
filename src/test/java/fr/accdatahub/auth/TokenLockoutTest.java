package fr.accdatahub.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Failed token requests are throttled per client id and per source address: after 10 within 15 minutes, 429 with
 * {@code Retry-After} in the error format for 15 minutes, the same for a client that exists and one that does not.
 * In a profile of its own, where the loopback is a trusted proxy: each test speaks from forwarded addresses of its
 * own, and the suite's other token requests (all from 127.0.0.1) are counted apart.
 */
@QuarkusTest
@TestProfile(TokenLockoutTest.BehindAProxy.class)
class TokenLockoutTest {

    private static final String TOKEN = "/oauth2/v3/token";
    private static final String TOO_MANY = "Too many failed attempts: try again in \\d+ s";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    /** The default limits, and the loopback trusted to forward its clients' addresses. */
    public static class BehindAProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("acc.lockout.address-failures", "10",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
    }

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void aClientIdIsLockedOutAfterTenFailuresWhetherItExistsOrNotAndItsRightSecretWaits() {
        Map<?, ?> client = newClient();
        String id = (String) client.get("client_id");
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (int attempt = 0; attempt < 10; attempt++) {
            request(id, "wrong-secret", newAddress()).then().statusCode(401).body("error", equalTo("invalid_client"));
            request(unknown, "wrong-secret", newAddress()).then().statusCode(401);
        }
        Response known = request(id, (String) client.get("client_secret"), newAddress());
        Response nobody = request(unknown, "any-secret", newAddress());
        for (Response lockedOut : List.of(known, nobody)) {
            lockedOut.then().statusCode(429).body("error", equalTo("too_many_requests"))
                    .body("error_description", matchesPattern(TOO_MANY));
            int retryAfter = Integer.parseInt(lockedOut.header("Retry-After"));
            assertTrue(retryAfter > 890 && retryAfter <= 901, "Retry-After " + retryAfter);
        }
        assertEquals(known.jsonPath().getString("error"), nobody.jsonPath().getString("error"));
        Map<?, ?> other = newClient();
        request((String) other.get("client_id"), (String) other.get("client_secret"), newAddress()).then()
                .statusCode(200);
    }

    @Test
    void anAddressIsLockedOutAfterTenFailuresWhateverTheClients() {
        String address = newAddress();
        for (int attempt = 0; attempt < 10; attempt++) {
            request("sprayed-" + attempt + "-" + UUID.randomUUID().toString().substring(0, 8), "guess", address)
                    .then().statusCode(401);
        }
        Map<?, ?> client = newClient();
        request((String) client.get("client_id"), (String) client.get("client_secret"), address).then()
                .statusCode(429).body("error_description", matchesPattern(TOO_MANY));
        request((String) client.get("client_id"), (String) client.get("client_secret"), newAddress()).then()
                .statusCode(200);
    }

    @Test
    void aForwardedAddressCountsOnlyFromATrustedProxy() throws IOException {
        // 127.0.0.2 is not a trusted proxy: its failures are its own, whatever address it says it forwards.
        String claimed = newAddress();
        for (int attempt = 0; attempt < 10; attempt++) {
            assertTrue(fromUntrustedPeer("unknown-" + attempt, claimed).startsWith("HTTP/1.1 401"));
        }
        assertTrue(fromUntrustedPeer("unknown-10", claimed).startsWith("HTTP/1.1 429"));
        Map<?, ?> client = newClient();
        request((String) client.get("client_id"), (String) client.get("client_secret"), claimed).then()
                .statusCode(200);
    }

    private static Response request(String clientId, String secret, String forwardedFor) {
        return given().auth().preemptive().basic(clientId, secret).header("X-Forwarded-For", forwardedFor)
                .formParam("grant_type", "client_credentials").post(TOKEN);
    }

    /** A token request of an unknown client sent from 127.0.0.2, claiming to forward {@code forwardedFor}. */
    private String fromUntrustedPeer(String clientId, String forwardedFor) throws IOException {
        String form = "grant_type=client_credentials&client_id=" + clientId + "&client_secret=guess";
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + TOKEN + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nX-Forwarded-For: " + forwardedFor + "\r\n"
                    + "Content-Length: " + form.length() + "\r\n\r\n" + form).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<?, ?> newClient() {
        String siret = Api.newSiret();
        Api.newAgreement("DEFAULT", "2024-11-01", siret);
        return Api.asOperator().body(Map.of("role", "pmo", "pmo_siret", siret))
                .post(Api.OPERATOR + "/clients").then().statusCode(201).extract().as(Map.class);
    }

    /** A documentation address (RFC 5737) no other test speaks from. */
    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
    }
}
