package fr.accdatahub.keys.domain;

import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.Perimeter;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calendar.Paris;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Who is attached at each step: attachments are by local day, so each day is worked out once. */
public final class PerimeterCalendar {

    /** The consumers and producers attached on one local day. */
    public record Day(ConsumerColumns consumers, Set<String> producers) {
    }

    private final Perimeter perimeter;
    private final Map<LocalDate, Day> days = new HashMap<>();

    public PerimeterCalendar(List<Attachment> attachments) {
        this.perimeter = new Perimeter(attachments);
    }

    public Day at(Instant step) {
        return days.computeIfAbsent(Paris.day(step), this::compute);
    }

    private Day compute(LocalDate day) {
        List<Attachment> attached = perimeter.at(day);
        return new Day(
                ConsumerColumns.of(ids(attached, Role.CONS)),
                Set.copyOf(ids(attached, Role.PROD)));
    }

    private static List<String> ids(List<Attachment> attachments, Role role) {
        return attachments.stream().filter(a -> a.role() == role).map(Attachment::usagePointId)
                .collect(Collectors.toList());
    }
}
