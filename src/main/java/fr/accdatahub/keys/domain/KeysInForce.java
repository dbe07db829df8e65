package fr.accdatahub.keys.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.accdatahub.agreement.domain.Agreement;
import fr.accdatahub.agreement.domain.AgreementStatus;
import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.agreement.domain.Perimeter;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calendar.InstantRange;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.calendar.StepGrid;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The key in force at each step of a range: submitted, static, or the default key. */
public record KeysInForce(String agreementId, KeyType keyType, OffsetDateTime start, OffsetDateTime end,
        List<Step> steps) {

    public enum Source {
        /** An accepted submission. */
        SUBMITTED,
        /** No accepted key: the operator applies the default key (prorata of consumption). */
        DEFAULT,
        /** The static coefficients of the perimeter. */
        STATIC
    }

    /**
     * A step's key. A DEFAULT step carries under {@code keys} the coefficients its published calculation applied, once
     * computed; a FULL step names the producers attached without a key, whose production is surplus.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(OffsetDateTime start, Source source, UUID submissionId, List<Coefficient> keys,
            List<Producer> producers, List<String> surplusProducers) {
    }

    public record Producer(String usagePointId, UUID submissionId, List<Coefficient> keys) {
    }

    public record Coefficient(String usagePointId, BigDecimal coefficient) {
    }

    /**
     * The keys in force at each step of {@code range} from the agreement's start, by the key type in force at the
     * step: the perimeter's static coefficients under a STATIC key type, else the accepted {@code keys} of the step,
     * else the default key, with the coefficients the published calculations applied ({@code defaults}) where they
     * are known. The answer's key type is the one in force at the range's start.
     */
    public static KeysInForce of(Agreement agreement, Perimeter perimeter, InstantRange range, List<StoredKey> keys,
            List<AppliedDefault> defaults) {
        Map<Instant, List<StoredKey>> byStep = new LinkedHashMap<>();
        keys.forEach(key -> byStep.computeIfAbsent(key.step(), s -> new ArrayList<>()).add(key));
        Map<LocalDate, List<AppliedDefault>> defaultsByDay = DefaultCoefficients.byDay(defaults);
        Instant first = StepGrid.startOf(agreement.startDate());
        List<Step> steps = new ArrayList<>();
        StepGrid grid = agreement.stepGrid();
        for (Instant step = range.start(); step.isBefore(range.end()); step = grid.next(step)) {
            if (step.isBefore(first)) {
                continue;
            }
            List<StoredKey> submitted = byStep.get(step);
            KeyType keyType = agreement.keyType(Paris.day(step));
            if (keyType == KeyType.STATIC) {
                steps.add(new Step(Paris.local(step), Source.STATIC, null, staticKeys(perimeter, step), null, null));
            } else if (submitted == null) {
                List<Coefficient> applied = DefaultCoefficients.atStep(defaultsByDay.get(Paris.day(step)),
                        grid.indexInDay(step));
                steps.add(new Step(Paris.local(step), Source.DEFAULT, null, applied, null, null));
            } else if (keyType == KeyType.DYNAMIC_FULL) {
                steps.add(new Step(Paris.local(step), Source.SUBMITTED, null, null, submitted.stream()
                        .map(key -> new Producer(key.producerId(), key.submissionId(), coefficients(key)))
                        .toList(), agreement.status(Paris.day(step)) == AgreementStatus.ACTIVE
                                ? surplusProducers(perimeter, step, submitted) : null));
            } else {
                StoredKey key = submitted.get(0);
                steps.add(new Step(Paris.local(step), Source.SUBMITTED, key.submissionId(), coefficients(key), null,
                        null));
            }
        }
        return new KeysInForce(agreement.id(), agreement.keyType(Paris.day(range.start())), Paris.local(range.start()),
                Paris.local(range.end()), steps);
    }

    /** The producers attached at a FULL step without a key of their own (their production is surplus), or null. */
    private static List<String> surplusProducers(Perimeter perimeter, Instant step, List<StoredKey> submitted) {
        Set<String> keyed = new HashSet<>();
        submitted.forEach(key -> keyed.add(key.producerId()));
        List<String> surplus = perimeter.at(Paris.day(step)).stream()
                .filter(a -> a.role() == Role.PROD && !keyed.contains(a.usagePointId()))
                .map(Attachment::usagePointId).distinct().sorted().toList();
        return surplus.isEmpty() ? null : surplus;
    }

    private static List<Coefficient> staticKeys(Perimeter perimeter, Instant step) {
        return perimeter.at(Paris.day(step)).stream()
                .filter(a -> a.role() == Role.CONS)
                .sorted(Comparator.comparing(Attachment::usagePointId))
                .map(a -> new Coefficient(a.usagePointId(), a.staticCoefficient()))
                .toList();
    }

    private static List<Coefficient> coefficients(StoredKey key) {
        List<Coefficient> coefficients = new ArrayList<>(key.consumers().length);
        for (int i = 0; i < key.consumers().length; i++) {
            coefficients.add(new Coefficient(key.consumers()[i], BigDecimal.valueOf(key.coefficients()[i], 2)));
        }
        return coefficients;
    }
}
