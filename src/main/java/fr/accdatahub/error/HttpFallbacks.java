package fr.accdatahub.error;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers, in the one error format, what never reaches a REST resource: a path no resource serves, and failures
 * raised by the HTTP layer itself (a body over the size limit, a connection-level error).
 */
@ApplicationScoped
public class HttpFallbacks {

    void install(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(ctx -> write(ctx, 404));
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
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
        ErrorBody body = new ErrorBody(ErrorCodes.forStatus(status), ErrorMappers.webDescription(status));
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .end(Json.encode(body));
    }
}
