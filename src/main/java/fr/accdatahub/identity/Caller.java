package fr.accdatahub.identity;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.Set;

/**
 * Who is calling: the authenticated client, its role and, for a pmo client, its PMO and the agreements it is
 * mandated for (a mandataire acting for another PMO). Built once per request by the authentication, so that the
 * features that decide what a caller may see need not know how clients are stored.
 */
public record Caller(String clientId, ClientRole role, Long pmoId, Set<String> mandates) {

    public Caller {
        mandates = Set.copyOf(mandates);
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

    /** The caller of an identity, or null when it was not authenticated. */
    public static Caller ofNullable(SecurityIdentity identity) {
        return identity == null ? null : identity.getAttribute(ATTRIBUTE);
    }

    public boolean isOperator() {
        return role == ClientRole.OPERATOR;
    }
}
