package fr.accdatahub.measure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fr.accdatahub.agreement.Role;
import fr.accdatahub.error.ApiException;

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
        throw ApiException.badRequest("type must be 'cons' or 'prod', not '" + code + "'");
    }
}
