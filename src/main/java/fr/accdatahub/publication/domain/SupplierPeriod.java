package fr.accdatahub.publication.domain;

import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.calendar.SupplierCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A run of days of a range, {@code [start, end)}, over which a consumer's supplier calendar is one. */
public record SupplierPeriod(LocalDate start, LocalDate end, SupplierCalendar calendar) {

    /**
     * Each consumer's supplier periods within the days {@code [first, end)}: its attachments' calendars, clipped to
     * the range, consecutive ones of the same calendar joined.
     */
    public static Map<String, List<SupplierPeriod>> of(List<Attachment> attachments, LocalDate first, LocalDate end) {
        DatePeriod days = new DatePeriod(first, end);
        Map<String, List<SupplierPeriod>> periods = new HashMap<>();
        attachments.stream()
                .filter(a -> a.role() == Role.CONS && a.period().overlaps(days))
                .sorted(Comparator.comparing((Attachment a) -> a.period().start()))
                .forEach(a -> {
                    LocalDate from = a.period().start().isBefore(first) ? first : a.period().start();
                    LocalDate to = a.period().end() == null || a.period().end().isAfter(end) ? end : a.period().end();
                    List<SupplierPeriod> own = periods.computeIfAbsent(a.usagePointId(), id -> new ArrayList<>());
                    SupplierPeriod last = own.isEmpty() ? null : own.get(own.size() - 1);
                    if (last != null && last.calendar == a.calendar() && last.end.equals(from)) {
                        own.set(own.size() - 1, new SupplierPeriod(last.start, to, last.calendar));
                    } else {
                        own.add(new SupplierPeriod(from, to, a.calendar()));
                    }
                });
        return periods;
    }
}
