package fr.accdatahub.agreement.store;

import fr.accdatahub.agreement.domain.Agreement;
import fr.accdatahub.agreement.domain.AgreementStatus;
import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.GeographicCategory;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.agreement.domain.Lifecycle;
import fr.accdatahub.calendar.History;
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
import java.util.List;

/** An agreement's row. */
@Entity(name = "Agreement")
@Table(name = "agreement")
public class AgreementEntity {

    @Id
    public String id;

    public String name;

    @Column(name = "start_date")
    public LocalDate startDate;

    /** Date anniversaire mensuelle: the day of month on which calculation periods start. */
    @Column(name = "anniversary_day")
    public short anniversaryDay;

    @Column(name = "geographic_scope")
    public String geographicScope;

    @Enumerated(EnumType.STRING)
    @Column(name = "geographic_category")
    public GeographicCategory geographicCategory;

    @Column(name = "insee_code")
    public String inseeCode;

    public Boolean hlm;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "pmo_id")
    public PmoEntity pmo;

    /**
     * The agreement with its dated key type, and its statuses day by day from the operator's decisions (its stored
     * status versions) and its attachments.
     */
    public Agreement toAgreement(List<AgreementVersionEntity> versions, List<Attachment> attachments) {
        return new Agreement(id, name, startDate, anniversaryDay, geographicScope, geographicCategory, inseeCode, hlm,
                new Agreement.Pmo(pmo.name, pmo.siret),
                AgreementVersionRepository.history(versions, AgreementVersionEntity.KEY_TYPE, KeyType::valueOf),
                Lifecycle.statuses(decisions(versions), attachments));
    }

    /** The operator's decisions on the status: its stored versions. */
    public static History<AgreementStatus> decisions(List<AgreementVersionEntity> versions) {
        return AgreementVersionRepository.history(versions, AgreementVersionEntity.STATUS, AgreementStatus::valueOf);
    }
}
