package fr.accdatahub.webhook;

import fr.accdatahub.clock.SandboxSettings;
import fr.accdatahub.failure.Failure;
import fr.accdatahub.failure.InvalidRequest;
import fr.accdatahub.webhook.domain.AddressPolicy;
import fr.accdatahub.webhook.domain.EndpointUrl;
import fr.accdatahub.webhook.domain.Outcome;
import fr.accdatahub.webhook.domain.Target;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * Sends a signed message to an endpoint: resolves its host, refuses the whole attempt if any address it resolves to
 * is not allowed ({@link AddressPolicy}), then connects to the checked address itself (so that a second resolution
 * cannot lead elsewhere), with the URL's host in the {@code Host} header and TLS, never following a redirect.
 */
@ApplicationScoped
public class Sender {

    private static final int MAX_ERROR = 300;

    private final Vertx vertx;
    private final HttpClient client;
    private final WebhookSettings settings;
    private final boolean sandbox;

    public Sender(Vertx vertx, WebhookSettings settings, SandboxSettings sandbox) {
        this.vertx = vertx;
        this.settings = settings;
        this.sandbox = sandbox.enabled();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) settings.timeout().toMillis())
                .setMaxPoolSize(50)
                .setKeepAlive(true));
    }

    /** The URL as it may be registered, its host resolving to allowed addresses only (else a 400). */
    public Uni<EndpointUrl> registrable(String url) {
        EndpointUrl parsed = EndpointUrl.parse(url, sandbox);
        return allowedAddress(parsed).map(address -> parsed);
    }

    /** One attempt: the message's id, its timestamp and signature in the headers, the event as the body. */
    public Uni<Outcome> send(Target target, String messageId, String body) {
        long timestamp = System.currentTimeMillis() / 1000;
        return Uni.createFrom().item(() -> EndpointUrl.parse(target.url(), sandbox))
                .chain(url -> allowedAddress(url).chain(address -> post(url, address, new RequestOptions()
                        .putHeader("content-type", "application/json")
                        .putHeader("user-agent", "acc-datahub-webhooks")
                        .putHeader("webhook-id", messageId)
                        .putHeader("webhook-timestamp", Long.toString(timestamp))
                        .putHeader("webhook-signature", target.secret().sign(messageId, timestamp, body)), body)))
                .ifNoItem().after(settings.timeout()).failWith(() -> new TimeoutException(
                        "no answer within " + settings.timeout().toSeconds() + " s"))
                .onFailure().recoverWithItem(failure -> Outcome.unanswered(describe(failure)));
    }

    private Uni<Outcome> post(EndpointUrl url, InetAddress address, RequestOptions options, String body) {
        options.setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(url.port(), address.getHostAddress()))
                .setHost(url.host())
                .setPort(url.port())
                .setURI(url.target())
                .setSsl(url.secure())
                .setFollowRedirects(false)
                .setIdleTimeout(settings.timeout().toMillis());
        return client.request(options)
                .chain(request -> request.send(body))
                .chain(response -> response.end().map(ended -> Outcome.answered(response.statusCode())));
    }

    /** The first address of the host, once every one it resolves to is allowed. */
    private Uni<InetAddress> allowedAddress(EndpointUrl url) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> resolve(url.host()))).map(addresses -> {
            for (InetAddress address : addresses) {
                Optional<String> refusal = AddressPolicy.refusal(address, sandbox);
                if (refusal.isPresent()) {
                    throw new InvalidRequest("url leads to " + refusal.get() + ", where webhooks are never sent");
                }
            }
            return addresses.get(0);
        });
    }

    private static List<InetAddress> resolve(String host) {
        try {
            return List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            throw new InvalidRequest("url's host " + host + " does not resolve");
        }
    }

    private static String describe(Throwable failure) {
        String message = failure instanceof Failure ? failure.getMessage()
                : failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        return message.length() > MAX_ERROR ? message.substring(0, MAX_ERROR) : message;
    }
}
