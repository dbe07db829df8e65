package fr.accdatahub.agreement.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fr.accdatahub.failure.InvalidRequest;

/** A participant's role in an agreement. A storage unit holds both, as two attachments of one PRM. */
public enum Role {
    /** Consommateur: soutirage. */
    CONS("cons"),
    /** Producteur: injection. */
    PROD("prod");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static Role of(String code) {
        for (Role role : values()) {
            if (role.code.equals(code)) {
                return role;
            }
        }
        throw new InvalidRequest("role must be 'cons' or 'prod', not '" + code + "'");
    }
}
