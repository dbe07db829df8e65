package fr.accdatahub.web;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers, in the one error format, what never reaches a REST resource: a body declared larger than
 * {@code acc.http.max-body-size}, or than {@link #TOKEN_REQUEST_MAX} for the token endpoints, which anyone may call
 * (413, before it is read), a path no resource serves (404), and failures raised by
 * the HTTP layer itself. Quarkus' own limit ({@code quarkus.http.limits.max-body-size}) stays as a backstop for
 * bodies sent without a length.
 */
@ApplicationScoped
public class HttpFallbacks {

    /** The largest token or revocation request: a form of a few hundred bytes. */
    public static final int TOKEN_REQUEST_MAX = 8 * 1024;

    private final long maxBodySize;

    public HttpFallbacks(HttpSettings settings) {
        this.maxBodySize = settings.maxBodySize().asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::limitBody);
        router.route().order(Integer.MAX_VALUE).handler(ctx -> write(ctx, 404));
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
    }

    private void limitBody(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        long limit = ctx.normalizedPath().startsWith("/oauth2/") ? TOKEN_REQUEST_MAX : maxBodySize;
        if (length != null && length.length() < 19 && length.chars().allMatch(Character::isDigit)
                && Long.parseLong(length) > limit) {
            ctx.response().putHeader("Connection", "close");
            write(ctx, 413);
            return;
        }
        ctx.next();
    }

    private void failure(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
        write(ctx, status);
    }

    private static void write(RoutingContext ctx, int status) {
        if (ctx.response().ended()) {
            return;
        }
        ErrorBody body = new ErrorBody(ErrorMappers.codeFor(status), ErrorMappers.webDescription(status));
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .end(Json.encode(body));
    }
}
