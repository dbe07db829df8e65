package fr.accdatahub.agreement.store;

import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calendar.DatePeriod;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One attachment's row (table {@code participant}): a PRM attached in one role over {@code [startDate, endDate)}. */
@Entity(name = "Participant")
@Table(name = "participant")
public class ParticipantEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agreement_id")
    public String agreementId;

    @Column(name = "usage_point_id")
    public String usagePointId;

    @Convert(converter = RoleColumn.class)
    public Role role;

    @Column(name = "start_date")
    public LocalDate startDate;

    /** Exclusive; null while the attachment is open. */
    @Column(name = "end_date")
    public LocalDate endDate;

    public String name;

    @Column(name = "static_coefficient")
    public BigDecimal staticCoefficient;

    @Column(name = "offpeak_hours")
    public String offpeakHours;

    public Attachment toAttachment() {
        return new Attachment(usagePointId, role, new DatePeriod(startDate, endDate), name, staticCoefficient,
                offpeakHours);
    }
}
