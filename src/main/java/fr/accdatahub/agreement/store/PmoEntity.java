package fr.accdatahub.agreement.store;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A PMO's row, known by its SIRET. */
@Entity(name = "Pmo")
@Table(name = "pmo")
public class PmoEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String siret;

    public String name;
}
