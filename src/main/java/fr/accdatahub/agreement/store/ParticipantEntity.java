package fr.accdatahub.agreement.store;

import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.MasterData;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.calendar.SupplierCalendar;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

    @Column(name = "holder_name")
    public String holderName;

    public String address;

    public String siret;

    public String rna;

    public String email;

    @Column(name = "injection_contract_ref")
    public String injectionContractRef;

    @Column(name = "installed_power_kva")
    public BigDecimal installedPowerKva;

    @Enumerated(EnumType.STRING)
    @Column(name = "supplier_calendar")
    public SupplierCalendar supplierCalendar;

    public Attachment toAttachment() {
        return new Attachment(usagePointId, role, new DatePeriod(startDate, endDate), name, staticCoefficient,
                offpeakHours, new MasterData(holderName, address, siret, rna, email, injectionContractRef,
                        installedPowerKva), supplierCalendar);
    }

    /** The same attachment from {@code start} on, with another static coefficient. */
    public ParticipantEntity from(LocalDate start, BigDecimal coefficient) {
        ParticipantEntity next = new ParticipantEntity();
        next.agreementId = agreementId;
        next.usagePointId = usagePointId;
        next.role = role;
        next.startDate = start;
        next.endDate = endDate;
        next.name = name;
        next.staticCoefficient = coefficient;
        next.offpeakHours = offpeakHours;
        next.supplierCalendar = supplierCalendar;
        next.takeMasterData(toAttachment().masterData());
        return next;
    }

    /** Takes the master data given, keeping what was stored where nothing is given. */
    public void takeMasterData(MasterData data) {
        holderName = data.holderName() != null ? data.holderName() : holderName;
        address = data.address() != null ? data.address() : address;
        siret = data.siret() != null ? data.siret() : siret;
        rna = data.rna() != null ? data.rna() : rna;
        email = data.email() != null ? data.email() : email;
        injectionContractRef = data.injectionContractRef() != null ? data.injectionContractRef() : injectionContractRef;
        installedPowerKva = data.installedPowerKva() != null ? data.installedPowerKva() : installedPowerKva;
    }
}
