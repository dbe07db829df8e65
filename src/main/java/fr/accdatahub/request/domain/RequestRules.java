package fr.accdatahub.request.domain;

import fr.accdatahub.agreement.domain.Agreement;
import fr.accdatahub.agreement.domain.AgreementSnapshot;
import fr.accdatahub.agreement.domain.AgreementStatus;
import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calendar.BusinessCalendar;
import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.request.domain.ChangeRequest.Coefficient;
import fr.accdatahub.request.domain.ChangeRequest.NewParticipant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules a PMO's request is answered by (§3.2.1, §4.2, §4.3.1): at least 15 business days' notice before the
 * effective date, an answer due within 5 business days, and what each change needs of the agreement on its effective
 * date. Plain Java.
 */
public final class RequestRules {

    public static final int NOTICE_BUSINESS_DAYS = 15;
    public static final int ANSWER_BUSINESS_DAYS = 5;
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private RequestRules() {
    }

    /** The last day the operator has to answer a request received on {@code received}. */
    public static LocalDate answerDue(LocalDate received) {
        return BusinessCalendar.businessDaysAfter(received, ANSWER_BUSINESS_DAYS);
    }

    /** The first effective date a request received on {@code received} may ask for. */
    public static LocalDate earliestEffectiveDate(LocalDate received) {
        return BusinessCalendar.businessDaysAfter(received, NOTICE_BUSINESS_DAYS);
    }

    /**
     * What is wrong with a request received on {@code received}, in the order of the anomaly codes; empty when it may
     * be accepted. {@code attachedElsewhere} tells whether an entering PRM is attached to another agreement on or after
     * the effective date.
     */
    public static Set<Anomaly> anomalies(ChangeRequest request, AgreementSnapshot snapshot, LocalDate received,
            boolean attachedElsewhere) {
        Set<Anomaly> anomalies = EnumSet.noneOf(Anomaly.class);
        Agreement agreement = snapshot.agreement();
        LocalDate effective = request.effectiveDate();
        if (effective.isBefore(earliestEffectiveDate(received))) {
            anomalies.add(Anomaly.NOTICE_NOT_RESPECTED);
        }
        if (agreement.status(effective) == AgreementStatus.TERMINATED) {
            anomalies.add(Anomaly.AGREEMENT_NOT_ACTIVE);
        }
        switch (request.type()) {
            case PARTICIPANT_ENTRY -> entry(request.participant(), agreement, snapshot.attachments(), effective,
                    attachedElsewhere, anomalies);
            case PARTICIPANT_EXIT -> {
                if (attached(snapshot.attachments(), request.usagePointId(), request.role(), effective) == null) {
                    anomalies.add(Anomaly.NOT_IN_PERIMETER);
                }
            }
            case KEY_TYPE_CHANGE -> keyType(request.keyType(), agreement, snapshot.attachments(), effective,
                    anomalies);
            case STATIC_COEFFICIENTS_CHANGE -> coefficients(request.coefficients(), snapshot.attachments(), effective,
                    anomalies);
        }
        return anomalies;
    }

    private static void entry(NewParticipant participant, Agreement agreement, List<Attachment> attachments,
            LocalDate effective, boolean attachedElsewhere, Set<Anomaly> anomalies) {
        if (attachedElsewhere) {
            anomalies.add(Anomaly.PRM_IN_ANOTHER_AGREEMENT);
        }
        boolean producer = participant.role() == Role.PROD;
        boolean staticConsumer = !producer && agreement.staticDuring(new DatePeriod(effective, null));
        if (participant.holderName() == null || participant.address() == null
                || producer && (participant.injectionContractRef() == null || participant.installedPowerKva() == null)
                || staticConsumer && participant.staticCoefficient() == null) {
            anomalies.add(Anomaly.MISSING_INFORMATION);
        }
        if (staticConsumer && participant.staticCoefficient() != null
                && staticTotal(attachments, effective, Map.of()).add(participant.staticCoefficient())
                        .compareTo(HUNDRED) > 0) {
            anomalies.add(Anomaly.SUM_OVER_100);
        }
    }

    private static void keyType(KeyType keyType, Agreement agreement, List<Attachment> attachments,
            LocalDate effective, Set<Anomaly> anomalies) {
        if (keyType == agreement.keyType(effective)) {
            anomalies.add(Anomaly.SAME_KEY_TYPE);
        }
        if (!agreement.periodOf(effective).start().equals(effective) || effective.isBefore(agreement.startDate())) {
            anomalies.add(Anomaly.NOT_A_PERIOD_START);
        }
        if (keyType == KeyType.STATIC && attachments.stream().anyMatch(a -> a.role() == Role.CONS
                && a.period().reachesOnOrAfter(effective) && a.staticCoefficient() == null)) {
            anomalies.add(Anomaly.MISSING_INFORMATION);
        }
    }

    private static void coefficients(List<Coefficient> coefficients, List<Attachment> attachments,
            LocalDate effective, Set<Anomaly> anomalies) {
        Map<String, BigDecimal> changed = coefficients.stream()
                .collect(Collectors.toMap(Coefficient::usagePointId, Coefficient::coefficient, (a, b) -> b));
        if (changed.keySet().stream().anyMatch(prm -> attached(attachments, prm, Role.CONS, effective) == null)) {
            anomalies.add(Anomaly.NOT_IN_PERIMETER);
        }
        if (staticTotal(attachments, effective, changed).compareTo(HUNDRED) > 0) {
            anomalies.add(Anomaly.SUM_OVER_100);
        }
    }

    /** The attachment of a PRM in a role in force on a day, or null. */
    public static Attachment attached(List<Attachment> attachments, String usagePointId, Role role, LocalDate day) {
        return attachments.stream()
                .filter(a -> a.usagePointId().equals(usagePointId) && a.role() == role && a.period().contains(day))
                .findFirst().orElse(null);
    }

    /** The consumers' static coefficients on a day, with {@code changed} in place of theirs. */
    private static BigDecimal staticTotal(List<Attachment> attachments, LocalDate day, Map<String, BigDecimal> changed) {
        return attachments.stream()
                .filter(a -> a.role() == Role.CONS && a.period().contains(day))
                .map(a -> changed.getOrDefault(a.usagePointId(), a.staticCoefficient()))
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
