package fr.accdatahub.agreement;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import fr.accdatahub.calendar.DatePeriod;
import java.time.LocalDate;

/** One attachment (rattachement) of a PRM to an agreement in one role, over {@code [startDate, endDate)}. */
@Entity
@Table(name = "participant")
public class Participant extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agreement_id")
    public String agreementId;

    /** The PRM: 14 digits, kept as text because it may start with 0. */
    @Column(name = "usage_point_id")
    public String usagePointId;

    public Role role;

    @Column(name = "start_date")
    public LocalDate startDate;

    /** Exclusive; null while the attachment is open. */
    @Column(name = "end_date")
    public LocalDate endDate;

    public String name;

    /** Percentage for STATIC agreements' consumers; null otherwise. */
    @Column(name = "static_coefficient")
    public BigDecimal staticCoefficient;

    /** Off-peak hours (heures creuses) for the supplier calendar, e.g. {@code 22:00-06:00}; null for the default. */
    @Column(name = "offpeak_hours")
    public String offpeakHours;

    public Attachment toAttachment() {
        return new Attachment(usagePointId, role, new DatePeriod(startDate, endDate), staticCoefficient);
    }
}
