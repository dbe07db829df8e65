package fr.accdatahub.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on loopback, as a PMO's software would run one: it answers each request with the next status
 * it was told (204 once they are used up) and keeps what it received. Its signature check is written here from the
 * Standard Webhooks text, sharing nothing with the service's signing.
 */
public final class Receiver implements AutoCloseable {

    /** A request received: its headers (lower case names) and body. */
    public record Received(Map<String, String> headers, String body) {

        public String id() {
            return headers.get("webhook-id");
        }

        /** Whether {@code webhook-signature} holds a v1 signature of id.timestamp.body with the secret. */
        public boolean signedWith(String secret) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                        "HmacSHA256"));
                String signed = id() + "." + headers.get("webhook-timestamp") + "." + body;
                String expected = "v1," + Base64.getEncoder().encodeToString(
                        mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
                return List.of(headers.get("webhook-signature").split(" ")).contains(expected);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
    private final CountDownLatch arrived = new CountDownLatch(1);
    private volatile CountDownLatch held;

    private Receiver(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.start();
    }

    public static Receiver start() {
        try {
            return new Receiver(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL to register. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/acc?from=datahub";
    }

    /** The statuses of the next answers, in order. */
    public Receiver answering(Integer... statuses) {
        answers.addAll(List.of(statuses));
        return this;
    }

    /** Holds its answers until {@link #release}: the service waits for them with a delivery in flight. */
    public Receiver holding() {
        held = new CountDownLatch(1);
        return this;
    }

    /** Waits until a request has arrived (and, {@link #holding}, waits for its answer). */
    public void awaitArrival(Duration timeout) throws InterruptedException {
        assertTrue(arrived.await(timeout.toMillis(), TimeUnit.MILLISECONDS), "nothing arrived within " + timeout);
    }

    /** Answers the requests held, and those to come at once. */
    public void release() {
        held.countDown();
    }

    /** The next request received, waiting at most {@code timeout}. */
    public Received next(Duration timeout) {
        try {
            Received next = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            assertNotNull(next, "nothing received within " + timeout);
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits a little and checks that nothing more came. */
    public void expectNothingWithin(Duration wait) throws InterruptedException {
        Received extra = received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        assertEquals(null, extra, "unexpected delivery");
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new java.util.HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        headers.put(":path", exchange.getRequestURI().toString());
        headers.put(":method", exchange.getRequestMethod());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        arrived.countDown();
        awaitRelease();
        Integer status = answers.poll();
        exchange.sendResponseHeaders(status == null ? 204 : status, -1);
        exchange.close();
        received.add(new Received(headers, body));
    }

    private void awaitRelease() {
        CountDownLatch latch = held;
        try {
            if (latch != null && !latch.await(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("held for a minute: never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What was received so far and not yet taken. */
    public List<Received> drain() {
        List<Received> all = new ArrayList<>();
        received.drainTo(all);
        return all;
    }
}
