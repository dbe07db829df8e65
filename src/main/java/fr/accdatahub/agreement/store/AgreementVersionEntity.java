package fr.accdatahub.agreement.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** One version of an agreement's key type or status, in force over {@code [validFrom, validTo)}. */
@Entity(name = "AgreementVersion")
@Table(name = "agreement_version")
@IdClass(AgreementVersionEntity.Key.class)
public class AgreementVersionEntity {

    public static final String KEY_TYPE = "key_type";
    public static final String STATUS = "status";

    @Id
    @Column(name = "agreement_id")
    public String agreementId;

    /** {@link #KEY_TYPE} or {@link #STATUS}. */
    @Id
    public String attribute;

    @Id
    @Column(name = "valid_from")
    public LocalDate validFrom;

    public String value;

    /** Exclusive; null while the version is in force. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    public static AgreementVersionEntity of(String agreementId, String attribute, String value, LocalDate validFrom,
            LocalDate validTo) {
        AgreementVersionEntity version = new AgreementVersionEntity();
        version.agreementId = agreementId;
        version.attribute = attribute;
        version.value = value;
        version.validFrom = validFrom;
        version.validTo = validTo;
        return version;
    }

    public record Key(String agreementId, String attribute, LocalDate validFrom) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }
}
