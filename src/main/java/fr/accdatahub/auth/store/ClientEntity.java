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
import java.time.OffsetDateTime;

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

    /** A mandataire's own name, SIRET and contact (null for other roles). */
    public String name;

    public String siret;

    public String contact;

    /** After a rotation, the previous secret's hash and until when it is still accepted. */
    @Column(name = "previous_secret_hash")
    public String previousSecretHash;

    @Column(name = "previous_valid_until")
    public OffsetDateTime previousValidUntil;

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
