package fr.accdatahub.auth.api;

import fr.accdatahub.failure.Forbidden;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.identity.Submits;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, before the body is read, a submission ({@link Submits}) under a mandate without the {@code submit} scope:
 * for an agreement the caller reads through such a mandate, or for the client itself (its webhook) when a mandataire
 * holds no mandate to submit today. An agreement the caller cannot read at all goes on, to its 404.
 */
public class MandateScopeFilter {

    private final CurrentIdentityAssociation identities;

    public MandateScopeFilter(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Void> requireSubmitScope(ResourceInfo resource, UriInfo uri) {
        if (resource.getResourceMethod() == null || !resource.getResourceMethod().isAnnotationPresent(Submits.class)) {
            return Uni.createFrom().voidItem();
        }
        return Caller.ofRequest(identities).map(caller -> {
            if (caller == null) {
                return null;
            }
            String agreementId = uri.getPathParameters().getFirst("agreement_id");
            if (agreementId != null && caller.readsOnly(agreementId)) {
                throw new Forbidden("This client's mandate for " + agreementId + " is to read, not to submit");
            }
            if (agreementId == null && !caller.submitsAnything()) {
                throw new Forbidden("This mandataire holds no mandate to submit today");
            }
            return null;
        });
    }
}
