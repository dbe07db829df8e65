package fr.accdatahub.publication.domain;

import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calculation.domain.DayEnergy;
import fr.accdatahub.calculation.domain.PublishedVersion;
import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.calendar.InstantRange;
import fr.accdatahub.calendar.TimeClass;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One participant's energies over a range, wherever they are read from (the published curves, or the day energies
 * stored with the runs): the range, the versions read, its supplier periods within the range, and its quantities
 * per distributor class over a run of the range's days. Plain Java.
 */
public record ParticipantRange(InstantRange range, List<PublishedVersion.Ref> publications,
        List<SupplierPeriod> supplierPeriods, ClassSums sums) {

    /** A participant's quantities per distributor class over the days {@code [start, end)} of the range. */
    public interface ClassSums {
        Map<Quantity, BigDecimal[]> over(LocalDate start, LocalDate end);
    }

    /** From the published curves: a run of days is the range's steps within those days. */
    public static ParticipantRange ofCurves(PublishedRange data, String usagePointId, Role role) {
        return new ParticipantRange(data.range, data.publications,
                role == Role.CONS ? data.supplierPeriods.getOrDefault(usagePointId, List.of()) : List.of(),
                (start, end) -> {
                    int[] steps = data.stepRange(start, end);
                    return ParticipantEnergies.classes(data, usagePointId, role, steps[0], steps[1]);
                });
    }

    /**
     * From the day energies of a range of whole days, a participant's (a 404 unless it is one in {@code role}
     * during the range): each class added up over the days, then rounded once.
     */
    public static ParticipantRange ofDays(String agreementId, InstantRange range,
            List<PublishedVersion.Ref> publications, List<Attachment> attachments, String usagePointId, Role role,
            List<DayEnergy> days) {
        LocalDate first = range.firstDay();
        LocalDate end = range.endDay();
        DatePeriod span = new DatePeriod(first, end);
        PublishedRange.requireParticipant(agreementId, RangeCollector.ids(attachments, Role.CONS, span),
                RangeCollector.ids(attachments, Role.PROD, span), usagePointId, role);
        List<SupplierPeriod> periods = role == Role.CONS
                ? SupplierPeriod.of(attachments, first, end).getOrDefault(usagePointId, List.of()) : List.of();
        return new ParticipantRange(range, publications, periods, (start, stop) -> {
            long[] whole = new long[TimeClass.values().length];
            long[] part = new long[whole.length];
            for (DayEnergy day : days) {
                if (!day.day().isBefore(start) && day.day().isBefore(stop)) {
                    for (int c = 0; c < whole.length; c++) {
                        whole[c] += day.whole()[c];
                        part[c] += day.part()[c];
                    }
                }
            }
            return ParticipantEnergies.classes(role, whole, part);
        });
    }

    /** The participant's quantities per distributor class over the whole range. */
    public Map<Quantity, BigDecimal[]> classes() {
        return sums.over(range.firstDay(), range.endDay());
    }

    /** The calculations read, one per period. */
    public List<UUID> runs() {
        return publications.stream().map(PublishedVersion.Ref::calculationId).toList();
    }
}
