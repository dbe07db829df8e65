package fr.accdatahub.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * One HTTP answer as a fault test judges it: its status, how long it took, its {@code Retry-After} and its body.
 * Status 0 is no answer at all (the connection failed or the client's own 60 s ran out).
 */
record Answer(String call, int status, Duration took, Optional<String> retryAfter, String body) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Sends the request and waits for its answer, however it ends. */
    static Answer of(String call, HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(call, response.statusCode(), Duration.ofNanos(System.nanoTime() - start),
                    response.headers().firstValue("Retry-After"), response.body());
        } catch (IOException e) {
            return new Answer(call, 0, Duration.ofNanos(System.nanoTime() - start), Optional.empty(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpRequest.Builder get(URI base, String path, String token) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token);
    }

    /**
     * Whether it is what a caller may get while the database is away: a success, or a 503 in the error format with
     * {@code Retry-After}, within {@code bound}.
     */
    boolean isSuccessOrUnavailableWithin(Duration bound) {
        boolean unavailable = status == 503 && retryAfter.isPresent()
                && body.contains("\"error\":\"temporarily_unavailable\"") && body.contains("\"error_description\"");
        return (status / 100 == 2 || unavailable) && took.compareTo(bound) <= 0;
    }
}
