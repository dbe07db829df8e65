package fr.accdatahub.web;

import fr.accdatahub.identity.Caller;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * One log line per request, with the client and the agreement (also as the MDC fields {@code client_id} and
 * {@code agreement_id}, for structured log formats), its status and duration.
 */
public class RequestLog {

    private static final Logger LOG = Logger.getLogger("acc.requests");
    private static final String STARTED = "acc.started";

    @ServerRequestFilter(preMatching = true)
    public void start(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @ServerResponseFilter
    public void log(ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
        Object started = request.getProperty(STARTED);
        long millis = started instanceof Long nanos ? (System.nanoTime() - nanos) / 1_000_000 : -1;
        String agreementId = request.getUriInfo().getPathParameters().getFirst("agreement_id");
        Caller caller = routing.user() instanceof QuarkusHttpUser user ? Caller.ofNullable(user.getSecurityIdentity())
                : null;
        MDC.put("client_id", caller == null ? "-" : caller.clientId());
        MDC.put("agreement_id", agreementId == null ? "-" : agreementId);
        try {
            LOG.infof("%s %s %d %d ms client=%s agreement=%s", request.getMethod(), request.getUriInfo().getPath(),
                    response.getStatus(), millis, caller == null ? "-" : caller.clientId(),
                    agreementId == null ? "-" : agreementId);
        } finally {
            MDC.remove("client_id");
            MDC.remove("agreement_id");
        }
    }
}
