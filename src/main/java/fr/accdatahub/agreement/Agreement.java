package fr.accdatahub.agreement;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An ACC operation, bound by one convention ({@code ACC} + 8 digits). */
@Entity
@Table(name = "agreement")
public class Agreement extends PanacheEntityBase {

    public static final String ID_PATTERN = "^ACC\\d{8}$";

    @Id
    public String id;

    public String name;

    @Enumerated(EnumType.STRING)
    public AgreementStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "key_type")
    public KeyType keyType;

    @Column(name = "start_date")
    public LocalDate startDate;

    /** Date anniversaire mensuelle: the day of month on which calculation periods start. */
    @Column(name = "anniversary_day")
    public short anniversaryDay;

    @Column(name = "geographic_scope")
    public String geographicScope;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "pmo_id")
    public Pmo pmo;
}
