package fr.accdatahub.auth;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling: the authenticated client, its role and, for a pmo client, its PMO. */
public record Caller(String clientId, ClientRole role, Long pmoId) {

    static final String ATTRIBUTE = "acc.caller";

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
