package fr.accdatahub.agreement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fr.accdatahub.error.ApiException;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

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
        throw ApiException.badRequest("role must be 'cons' or 'prod', not '" + code + "'");
    }

    @Converter(autoApply = true)
    public static class Column implements AttributeConverter<Role, String> {
        @Override
        public String convertToDatabaseColumn(Role role) {
            return role == null ? null : role.code;
        }

        @Override
        public Role convertToEntityAttribute(String code) {
            return code == null ? null : of(code);
        }
    }
}
