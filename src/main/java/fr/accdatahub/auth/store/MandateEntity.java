package fr.accdatahub.auth.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A pmo client mandated for an agreement: a mandataire acting for the agreement's PMO. */
@Entity(name = "Mandate")
@Table(name = "mandate")
@IdClass(MandateEntity.Key.class)
public class MandateEntity {

    @Id
    @Column(name = "client_id")
    public String clientId;

    @Id
    @Column(name = "agreement_id")
    public String agreementId;

    public static MandateEntity of(String clientId, String agreementId) {
        MandateEntity mandate = new MandateEntity();
        mandate.clientId = clientId;
        mandate.agreementId = agreementId;
        return mandate;
    }

    public record Key(String clientId, String agreementId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
