package fr.accdatahub.sandbox.api;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code /ui} is the dashboard's address: it leads to the page {@code /ui/}, from which the page's relative paths
 * resolve. A route of the HTTP layer, like the static files it leads to, not an operation of the API.
 */
@ApplicationScoped
public class DashboardAddress {

    private static final String PAGE = "/ui/";

    void install(@Observes Router router) {
        router.get("/ui").handler(ctx -> {
            if (ctx.request().path().equals("/ui")) {
                ctx.response().setStatusCode(303).putHeader("Location", PAGE).end();
            } else {
                ctx.next();
            }
        });
    }
}
