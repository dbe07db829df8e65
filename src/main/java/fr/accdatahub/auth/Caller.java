package fr.accdatahub.auth;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling: the authenticated client, its role and, for a pmo client, its PMO. */
public record Caller(String clientId, ClientRole role, Long pmoId) {

    static final String ATTRIBUTE = "acc.caller";

    public static Caller of(SecurityIdentity identity) {
        Caller caller = identity.getAttribute(ATTRIBUTE);
        if (caller == null) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        return caller;
    }

    public boolean isOperator() {
        return role == ClientRole.OPERATOR;
    }
}
