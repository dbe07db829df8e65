package fr.accdatahub.agreement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The set of attachments of one agreement (périmètre, §3 of the convention), and the rules that hold over it.
 * Plain Java: the services load it, ask it, and store what it allows.
 */
public record Perimeter(List<Attachment> attachments) {

    public static final BigDecimal HUNDRED = new BigDecimal("100");

    public List<Attachment> at(LocalDate day) {
        return attachments.stream().filter(a -> a.period().contains(day)).toList();
    }

    /** Whether an attachment in {@code role} is in force on {@code day} or starts later. */
    public boolean hasAttachmentFrom(Role role, LocalDate day) {
        return attachments.stream().anyMatch(a -> a.role() == role && a.period().reachesOnOrAfter(day));
    }

    /**
     * The highest total of the consumers' static coefficients on any day. The total only rises where an attachment
     * starts, so checking every start day is enough.
     */
    public BigDecimal highestStaticTotal() {
        return attachments.stream()
                .filter(a -> a.role() == Role.CONS)
                .map(a -> a.period().start())
                .distinct()
                .map(this::staticTotalAt)
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
    }

    public BigDecimal staticTotalAt(LocalDate day) {
        return at(day).stream()
                .filter(a -> a.role() == Role.CONS)
                .map(Attachment::staticCoefficient)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
