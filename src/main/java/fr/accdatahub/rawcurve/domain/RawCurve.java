package fr.accdatahub.rawcurve.domain;

import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.failure.Conflict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A raw meter curve as loaded: average power in W per step, over {@code [start, end)}. A step of that range without a
 * reading is missing; loading the curve replaces whatever was stored for that range.
 */
public record RawCurve(String usagePointId, CurveType type, Instant start, Instant end, List<Reading> readings) {

    /** Every day the curve has readings on, its PRM must be attached to the agreement in the curve's role. */
    public void checkAttached(String agreementId, List<Attachment> attachments) {
        LocalDate checked = null;
        for (Reading reading : readings) {
            LocalDate day = Paris.day(reading.start());
            if (!day.equals(checked)) {
                boolean attached = attachments.stream().anyMatch(a -> a.usagePointId().equals(usagePointId)
                        && a.role() == type.role() && a.period().contains(day));
                if (!attached) {
                    throw new Conflict("not_attached", "PRM " + usagePointId + " is not attached to "
                            + agreementId + " as " + type.role().code() + " on " + day);
                }
                checked = day;
            }
        }
    }

    /** One step's average power in W. */
    public record Reading(Instant start, int watts) {
    }
}
