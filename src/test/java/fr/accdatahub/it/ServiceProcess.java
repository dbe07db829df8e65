package fr.accdatahub.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The packaged service run as its own process, so that a test can kill it (SIGKILL, no shutdown hook) and start it
 * again on the same database. Its output goes to {@code target/<name>.log}.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Duration READY_WITHIN = Duration.ofSeconds(90);

    private final Process process;
    private final URI base;

    private ServiceProcess(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    /**
     * Starts the service with these settings (as system properties) and waits until it is ready. The database and
     * token settings this JVM holds as system properties (the suite's test resources may have set them) are handed
     * down first: the process inherits the environment only.
     */
    static ServiceProcess start(String name, Map<String, String> settings) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Dquarkus.http.port=" + port));
        Map<String, String> all = new TreeMap<>();
        System.getProperties().stringPropertyNames().stream().filter(ServiceProcess::handedDown)
                .forEach(key -> all.put(key, System.getProperty(key)));
        all.putAll(settings);
        all.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", JAR.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", name + ".log").toFile()).start();
        ServiceProcess service = new ServiceProcess(process, URI.create("http://127.0.0.1:" + port + "/"));
        service.awaitReady();
        return service;
    }

    private static boolean handedDown(String key) {
        return key.startsWith("quarkus.datasource.") || key.startsWith("acc.token.") || key.startsWith("quarkus.oidc.");
    }

    URI base() {
        return base;
    }

    /** Kills the process at once (SIGKILL): nothing it had in memory is saved. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
    }

    private void awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service stopped at start (exit " + process.exitValue() + ")");
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(base.resolve("q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service was not ready within " + READY_WITHIN);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
