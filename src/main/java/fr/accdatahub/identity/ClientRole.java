package fr.accdatahub.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fr.accdatahub.failure.InvalidRequest;

/**
 * What an API client may do: a PMO's software (its own PMO's agreements, and those it is mandated for), a
 * mandataire's (only the agreements it holds a mandate for, on the mandate's dates and scopes), or the grid
 * operator's side. Pmo and mandataire clients share the PMO side's endpoints (security role {@code pmo}).
 */
public enum ClientRole {
    PMO("pmo", "collective_self_consumption"),
    MANDATAIRE("mandataire", "collective_self_consumption"),
    OPERATOR("operator", "collective_self_consumption operator");

    /** The security role of the PMO side's endpoints: pmo and mandataire clients. */
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

    /** The security role its endpoints allow: the PMO side's for pmo and mandataire clients. */
    public String securityRole() {
        return this == OPERATOR ? OPERATOR_ROLE : PMO_ROLE;
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
        throw new InvalidRequest("role must be 'pmo', 'mandataire' or 'operator', not '" + code + "'");
    }
}
