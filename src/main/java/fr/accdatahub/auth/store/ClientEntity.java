package fr.accdatahub.auth.store;

import fr.accdatahub.agreement.store.RoleColumn;
import fr.accdatahub.identity.ClientRole;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A client of the API (OAuth2 client_credentials). Its secret is kept only as a slow hash. */
@Entity(name = "ApiClient")
@Table(name = "api_client")
public class ClientEntity {

    @Id
    @Column(name = "client_id")
    public String clientId;

    @Column(name = "secret_hash")
    public String secretHash;

    @Convert(converter = RoleColumn.class)
    public ClientRole role;

    /** The PMO a pmo client is bound to; null for operator clients. */
    @Column(name = "pmo_id")
    public Long pmoId;

    /** The client's own quotas, when they differ from the defaults. */
    @Column(name = "quota_per_second")
    public Integer quotaPerSecond;

    @Column(name = "quota_per_hour")
    public Integer quotaPerHour;

    @Converter
    public static class RoleColumn implements AttributeConverter<ClientRole, String> {
        @Override
        public String convertToDatabaseColumn(ClientRole role) {
            return role == null ? null : role.code();
        }

        @Override
        public ClientRole convertToEntityAttribute(String code) {
            return code == null ? null : ClientRole.of(code);
        }
    }
}
