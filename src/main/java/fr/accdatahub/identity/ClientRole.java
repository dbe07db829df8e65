package fr.accdatahub.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fr.accdatahub.failure.InvalidRequest;

/** What an API client may do: a PMO's (or its mandataire's) software, or the grid operator's side. */
public enum ClientRole {
    PMO("pmo", "collective_self_consumption"),
    OPERATOR("operator", "collective_self_consumption operator");

    public static final String PMO_ROLE = "pmo";
    public static final String OPERATOR_ROLE = "operator";

    private final String code;
    private final String scope;

    ClientRole(String code, String scope) {
        this.code = code;
        this.scope = scope;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The OAuth2 scopes granted to this role, space-separated. */
    public String scope() {
        return scope;
    }

    @JsonCreator
    public static ClientRole of(String code) {
        for (ClientRole role : values()) {
            if (role.code.equals(code)) {
                return role;
            }
        }
        throw new InvalidRequest("role must be 'pmo' or 'operator', not '" + code + "'");
    }
}
