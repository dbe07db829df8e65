package fr.accdatahub.it;

import com.fasterxml.jackson.databind.DeserializationFeature;
import fr.accdatahub.client.ApiClient;
import fr.accdatahub.client.ApiException;
import fr.accdatahub.client.api.Oauth2Api;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The generated client set up as a mandataire's software would: a token from the token endpoint, the bearer on every
 * call, strict reading (a field the contract does not declare fails), and a wait when the quota is used up.
 */
final class Clients {

    private static final int MAX_WAITS = 10;

    private Clients() {
    }

    /** A client calling as {@code clientId}. */
    static ApiClient as(URI base, String clientId, String secret) throws ApiException {
        return bearer(base, token(base, clientId, secret));
    }

    /** An access token from the token endpoint (client credentials in the form). */
    static String token(URI base, String clientId, String secret) throws ApiException {
        return retrying(() -> new Oauth2Api(anonymous(base)).getToken("client_credentials", clientId, secret, null))
                .getAccessToken();
    }

    /** A client sending {@code token} as its bearer on every call. */
    static ApiClient bearer(URI base, String token) {
        ApiClient client = anonymous(base);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    static ApiClient anonymous(URI base) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        client.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        client.setReadTimeout(Duration.ofMinutes(2));
        return client;
    }

    /** A call of the generated client. */
    @FunctionalInterface
    interface Call<T> {
        T call() throws ApiException;
    }

    /** A call of the generated client that answers nothing. */
    @FunctionalInterface
    interface Action {
        void run() throws ApiException;
    }

    /** Performs the action as {@link #retrying(Call)} does. */
    static void perform(Action action) throws ApiException {
        retrying(() -> {
            action.run();
            return null;
        });
    }

    /** Runs the call, waiting as long as a 429 answer's Retry-After says before trying again. */
    static <T> T retrying(Call<T> call) throws ApiException {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.call();
            } catch (ApiException e) {
                if (e.getCode() != 429 || attempt == MAX_WAITS) {
                    throw e;
                }
                sleep(retryAfterSeconds(e.getResponseHeaders()));
            }
        }
    }

    /** 14 digits starting with {@code first}, different at each run (the database may hold earlier runs' data). */
    static String uniqueDigits(char first) {
        return first + "%013d".formatted(ThreadLocalRandom.current().nextLong(10_000_000_000_000L));
    }

    private static long retryAfterSeconds(HttpHeaders headers) {
        return headers.firstValue("Retry-After").map(Long::parseLong)
                .orElseThrow(() -> new AssertionError("429 without Retry-After"));
    }

    private static void sleep(long seconds) {
        try {
            Thread.sleep(Duration.ofSeconds(seconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
