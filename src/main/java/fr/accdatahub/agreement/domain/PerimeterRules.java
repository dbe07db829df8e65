package fr.accdatahub.agreement.domain;

import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.failure.Conflict;
import fr.accdatahub.failure.InvalidRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The rules of §3 over an agreement and its perimeter: one agreement per PRM at a time, no overlapping attachments of a
 * PRM in one role, static coefficients only for STATIC agreements' consumers and at most 100 % on any day, an ACTIVE
 * agreement keeps a producer and a consumer. Plain Java: the services load the perimeter, ask, and store what passes.
 */
public final class PerimeterRules {

    /** An attachment of the same PRM to another agreement. */
    public record Elsewhere(String agreementId, DatePeriod period) {
    }

    private PerimeterRules() {
    }

    /**
     * The rules that hold over a whole perimeter, whatever changed: a consumer attached while the key type is STATIC
     * has a coefficient, and the coefficients add up to at most 100 % on any day. (A perimeter without a producer or
     * a consumer is allowed: the agreement is SUSPENDED on those days, see {@link Lifecycle}.)
     */
    public static void checkInvariants(Agreement agreement, List<Attachment> attachments) {
        Perimeter perimeter = new Perimeter(attachments);
        if (agreement.keyTypes().versions().stream().anyMatch(version -> version.value() == KeyType.STATIC)) {
            attachments.stream()
                    .filter(a -> a.role() == Role.CONS && a.staticCoefficient() == null
                            && agreement.staticDuring(a.period()))
                    .findFirst()
                    .ifPresent(a -> {
                        throw PerimeterConflicts.missingStaticCoefficient(a.usagePointId());
                    });
            if (perimeter.highestStaticTotal().compareTo(Perimeter.HUNDRED) > 0) {
                throw PerimeterConflicts.staticTotalOver100(agreement.id());
            }
        }
    }

    /**
     * A key type changes at the start of a calculation period (an anniversary date), not before the agreement's
     * start.
     */
    public static void checkKeyTypeChange(Agreement agreement, LocalDate effectiveDate) {
        if (effectiveDate == null) {
            throw new InvalidRequest("effective_date is required to change key_type: the first day of a calculation "
                    + "period from which the new key type applies");
        }
        checkNotBeforeStart(agreement, effectiveDate);
        if (!agreement.periodOf(effectiveDate).start().equals(effectiveDate)) {
            throw new InvalidRequest("effective_date must start a calculation period (anniversary day "
                    + agreement.anniversaryDay() + "), e.g. " + agreement.periodOf(effectiveDate).end());
        }
    }

    /** A dated change applies from the agreement's start at the earliest. */
    public static void checkNotBeforeStart(Agreement agreement, LocalDate effectiveDate) {
        if (effectiveDate.isBefore(agreement.startDate())) {
            throw new InvalidRequest("effective_date " + effectiveDate + " is before the agreement's start "
                    + agreement.startDate());
        }
    }

    /** The period of a requested attachment: after its start, not before the agreement's. */
    public static DatePeriod period(Agreement agreement, LocalDate start, LocalDate end) {
        if (end != null && !end.isAfter(start)) {
            throw new InvalidRequest("end " + end + " must be after start " + start);
        }
        if (start.isBefore(agreement.startDate())) {
            throw new Conflict("attachment_before_agreement", "An attachment cannot start before the "
                    + "agreement's start date " + agreement.startDate());
        }
        return new DatePeriod(start, end);
    }

    /** Static coefficients are required of a STATIC agreement's consumers, and refused of anyone else. */
    public static void checkCoefficient(Agreement agreement, String usagePointId, Role role, DatePeriod period,
            BigDecimal staticCoefficient) {
        boolean staticConsumer = agreement.staticDuring(period) && role == Role.CONS;
        if (staticConsumer && staticCoefficient == null) {
            throw new InvalidRequest("static_coefficient is required for a consumer of a STATIC agreement");
        }
        if (!staticConsumer && staticCoefficient != null) {
            throw new InvalidRequest("static_coefficient applies only to consumers of STATIC agreements, not to "
                    + usagePointId + " as " + role.code() + " in a " + agreement.keyType(period.start()) + " agreement");
        }
    }

    public static void checkNotAttachedElsewhere(String usagePointId, DatePeriod period, List<Elsewhere> elsewhere) {
        elsewhere.stream()
                .filter(other -> other.period().overlaps(period))
                .findFirst()
                .ifPresent(other -> {
                    throw new Conflict("prm_already_attached", "PRM " + usagePointId
                            + " is attached to " + other.agreementId() + " from " + other.period().start()
                            + (other.period().end() == null ? "" : " to " + other.period().end()));
                });
    }

    /** No other attachment of the same PRM in the same role overlaps the one at {@code target}. */
    public static void checkNoOverlap(int target, List<Attachment> attachments) {
        Attachment changed = attachments.get(target);
        IntStream.range(0, attachments.size())
                .filter(k -> k != target)
                .mapToObj(attachments::get)
                .filter(a -> a.usagePointId().equals(changed.usagePointId()) && a.role() == changed.role())
                .filter(a -> a.period().overlaps(changed.period()))
                .findFirst()
                .ifPresent(a -> {
                    throw new Conflict("attachment_overlap", "PRM " + changed.usagePointId() + " already has an "
                            + "attachment as " + changed.role().code() + " from " + a.period().start());
                });
    }

    /**
     * The position of the latest attachment of a PRM in a role, among those starting before {@code before} when
     * given.
     */
    public static Optional<Integer> latest(List<Attachment> attachments, String usagePointId, Role role,
            LocalDate before) {
        return IntStream.range(0, attachments.size()).boxed()
                .filter(k -> attachments.get(k).usagePointId().equals(usagePointId)
                        && attachments.get(k).role() == role)
                .filter(k -> before == null || attachments.get(k).period().start().isBefore(before))
                .max(Comparator.comparing(k -> attachments.get(k).period().start()));
    }

    /** Where an attachment may end: after its start. */
    public static void checkEnd(Attachment attachment, LocalDate end) {
        if (!end.isAfter(attachment.period().start())) {
            throw new InvalidRequest("end " + end + " must be after the attachment's start "
                    + attachment.period().start());
        }
    }
}
