package fr.accdatahub.agreement;

import fr.accdatahub.calendar.DatePeriod;
import java.math.BigDecimal;

/** A PRM attached to an agreement in one role over a period: what the perimeter rules reason about. */
public record Attachment(String usagePointId, Role role, DatePeriod period, BigDecimal staticCoefficient) {
}
