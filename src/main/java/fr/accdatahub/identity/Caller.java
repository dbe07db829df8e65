package fr.accdatahub.identity;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import java.util.Set;

/**
 * Who is calling: the authenticated client, its role, for a pmo client its PMO, and the agreements its mandates let
 * it read ({@code mandates}) and submit for ({@code submitting}) today on the service clock. Built once per request
 * by the authentication, so that the features that decide what a caller may see need not know how clients or
 * mandates are stored.
 */
public record Caller(String clientId, ClientRole role, Long pmoId, Set<String> mandates, Set<String> submitting) {

    public Caller {
        mandates = Set.copyOf(mandates);
        submitting = Set.copyOf(submitting);
    }

    /** A caller whose mandates all carry both scopes. */
    public Caller(String clientId, ClientRole role, Long pmoId, Set<String> mandates) {
        this(clientId, role, pmoId, mandates, mandates);
    }

    /**
     * Whether a mandate lets the caller read the agreement but not submit for it: the one case a submission is refused
     * with a 403 (an agreement it cannot read at all is a 404, like one that does not exist).
     */
    public boolean readsOnly(String agreementId) {
        return mandates.contains(agreementId) && !submitting.contains(agreementId);
    }

    /** Whether the caller may submit for itself (its webhook): a mandataire needs a mandate with submit today. */
    public boolean submitsAnything() {
        return role != ClientRole.MANDATAIRE || !submitting.isEmpty();
    }

    /** The security identity's attribute that holds the caller. */
    public static final String ATTRIBUTE = "acc.caller";

    public static Caller of(SecurityIdentity identity) {
        Caller caller = identity.getAttribute(ATTRIBUTE);
        if (caller == null) {
            throw new UnauthorizedException();
        }
        return caller;
    }

    /** The caller of the current request, or null when none was authenticated (or its authentication failed). */
    public static Uni<Caller> ofRequest(CurrentIdentityAssociation identities) {
        return identities.getDeferredIdentity().onFailure().recoverWithNull().map(Caller::ofNullable);
    }

    /** The caller of an identity, or null when it was not authenticated. */
    public static Caller ofNullable(SecurityIdentity identity) {
        return identity == null ? null : identity.getAttribute(ATTRIBUTE);
    }

    public boolean isOperator() {
        return role == ClientRole.OPERATOR;
    }
}
