package fr.accdatahub.agreement;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Personne Morale Organisatrice: the legal entity that organises operations, known by its SIRET. */
@Entity
@Table(name = "pmo")
public class Pmo extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String siret;

    public String name;

    public static Uni<Pmo> findBySiret(String siret) {
        return find("siret", siret).firstResult();
    }
}
