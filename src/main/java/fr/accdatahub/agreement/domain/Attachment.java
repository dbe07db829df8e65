package fr.accdatahub.agreement.domain;

import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.calendar.SupplierCalendar;
import java.math.BigDecimal;

/**
 * One attachment (rattachement) of a PRM to an agreement in one role over a period {@code [start, end)}: its name,
 * its static coefficient (a percentage, STATIC agreements' consumers only), its off-peak hours (heures creuses,
 * e.g. {@code 22:00-06:00}; null for the default), its master data, and a consumer's supplier calendar (null for
 * the default, {@link SupplierCalendar#DEFAULT}).
 */
public record Attachment(String usagePointId, Role role, DatePeriod period, String name, BigDecimal staticCoefficient,
        String offpeakHours, MasterData masterData, SupplierCalendar supplierCalendar) {

    /** An attachment without master data. */
    public Attachment(String usagePointId, Role role, DatePeriod period, String name, BigDecimal staticCoefficient,
            String offpeakHours) {
        this(usagePointId, role, period, name, staticCoefficient, offpeakHours, MasterData.NONE, null);
    }

    /** The supplier calendar in force over the attachment. */
    public SupplierCalendar calendar() {
        return supplierCalendar == null ? SupplierCalendar.DEFAULT : supplierCalendar;
    }

    /** An attachment as the perimeter rules see it: no name, default off-peak hours. */
    public Attachment(String usagePointId, Role role, DatePeriod period, BigDecimal staticCoefficient) {
        this(usagePointId, role, period, null, staticCoefficient, null);
    }
}
