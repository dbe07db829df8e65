package fr.accdatahub.calculation.domain;

import fr.accdatahub.agreement.domain.Role;
import java.time.LocalDate;

/**
 * A participant's published energy over one local day, in W·min per distributor class (HPH, HCH, HPB, HCB): its
 * whole quantity (cons or prod) in {@code whole}, the part the operation shared (autocons or autoprod) in
 * {@code part}. Whole numbers, so that days add up exactly before a range is rounded once to kWh.
 */
public record DayEnergy(String usagePointId, Role role, LocalDate day, long[] whole, long[] part) {
}
