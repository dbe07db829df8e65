package fr.accdatahub.agreement.store;

import fr.accdatahub.agreement.domain.Role;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A role as stored: its code, {@code cons} or {@code prod}. */
@Converter
public class RoleColumn implements AttributeConverter<Role, String> {

    @Override
    public String convertToDatabaseColumn(Role role) {
        return role == null ? null : role.code();
    }

    @Override
    public Role convertToEntityAttribute(String code) {
        return code == null ? null : Role.of(code);
    }
}
