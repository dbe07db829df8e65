package fr.accdatahub.auth;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A PMO client mandated for an agreement: a mandataire acting for the agreement's PMO. */
@Entity
@Table(name = "mandate")
@IdClass(Mandate.Key.class)
public class Mandate extends PanacheEntityBase {

    @Id
    @Column(name = "client_id")
    public String clientId;

    @Id
    @Column(name = "agreement_id")
    public String agreementId;

    public static Mandate of(String clientId, String agreementId) {
        Mandate mandate = new Mandate();
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
