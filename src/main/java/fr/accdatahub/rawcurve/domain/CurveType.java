package fr.accdatahub.rawcurve.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.failure.InvalidRequest;

/** A raw meter curve: a consumer's draw (soutirage) or a producer's injection. */
public enum CurveType {
    CONS("cons", Role.CONS),
    PROD("prod", Role.PROD);

    private final String code;
    private final Role role;

    CurveType(String code, Role role) {
        this.code = code;
        this.role = role;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public Role role() {
        return role;
    }

    @JsonCreator
    public static CurveType of(String code) {
        for (CurveType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new InvalidRequest("type must be 'cons' or 'prod', not '" + code + "'");
    }
}
