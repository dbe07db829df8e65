package fr.accdatahub.audit.api;

import fr.accdatahub.audit.AuditTrail;
import fr.accdatahub.identity.Audited;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.identity.Submits;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Writes every answered submission ({@link Submits}) and audited write ({@link Audited}) to the audit trail,
 * refusals included (but a 404: the agreement is not the caller's), with the route template as the action (never
 * the values sent).
 */
public class AuditFilter {

    private static final String NOTED = "acc.audited";

    private final AuditTrail trail;
    private final CurrentIdentityAssociation identities;

    public AuditFilter(AuditTrail trail, CurrentIdentityAssociation identities) {
        this.trail = trail;
        this.identities = identities;
    }

    /** What is noted of an audited call before any filter may refuse it: a refused call's context keeps little. */
    private record Noted(String agreementId, String action) {
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public void note(ContainerRequestContext request, UriInfo uri, ResourceInfo resource) {
        if (audited(resource)) {
            request.setProperty(NOTED, new Noted(uri.getPathParameters().getFirst("agreement_id"),
                    request.getMethod() + " " + template(resource)));
        }
    }

    @ServerResponseFilter
    public Uni<Void> record(ContainerRequestContext request, ContainerResponseContext response) {
        // A 404 names an agreement the caller may not see: nothing for that agreement's PMO to read.
        if (!(request.getProperty(NOTED) instanceof Noted noted) || response.getStatus() == 404) {
            return Uni.createFrom().voidItem();
        }
        return Caller.ofRequest(identities).chain(caller -> caller == null ? Uni.createFrom().voidItem()
                : trail.record(caller, noted.agreementId(), noted.action(), response.getStatus()));
    }

    private static boolean audited(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        return method != null && (method.isAnnotationPresent(Submits.class) || method.isAnnotationPresent(Audited.class));
    }

    private static String template(ResourceInfo resource) {
        Path root = resource.getResourceClass().getAnnotation(Path.class);
        Path sub = resource.getResourceMethod().getAnnotation(Path.class);
        return (root == null ? "" : root.value()) + (sub == null ? "" : sub.value());
    }
}
