package fr.accdatahub.simulation.domain;

import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.failure.InvalidRequest;
import fr.accdatahub.keys.domain.KeyConflicts;
import fr.accdatahub.keys.domain.KeySubmissionRequest;
import fr.accdatahub.keys.domain.KeySubmissionRequest.KeyValue;
import fr.accdatahub.keys.domain.SubmittedStep;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which keys a simulation applies (or a generator writes), once checked against the agreement: the keys in force
 * ({@code SUBMITTED}), the default key where no key is given ({@code DEFAULT}), keys given as in a submission
 * ({@code EXPLICIT}), or keys made by a strategy ({@code STATIC}, {@code PRIORITY}, {@code EQUAL_WITH_REALLOCATION},
 * {@code OPTIMAL}, or {@code DEFAULT} for some producers of a FULL agreement). Every mistake is a 400 naming the field.
 */
public sealed interface KeyChoice {

    List<String> STRATEGIES = List.of("SUBMITTED", "DEFAULT", "STATIC", "PRIORITY", "EQUAL_WITH_REALLOCATION",
            "OPTIMAL", "EXPLICIT");

    /** The accepted keys in force, the default key elsewhere: what the calculation will publish. */
    record Submitted() implements KeyChoice {
    }

    /** No key anywhere: the default key at every step. */
    record DefaultOnly() implements KeyChoice {
    }

    /** Keys as a submission gives them (judged as it would be). */
    record Explicit(List<SubmittedStep> steps) implements KeyChoice {
    }

    /** Keys made step by step by strategies. */
    record Made(KeyMaker.Plan plan) implements KeyChoice {
    }

    /** What the agreement's perimeter over the range gives to check names against. */
    record Participants(List<String> consumers, List<String> producers, boolean full) {
    }

    /**
     * Reads {@code spec} (at {@code field}, e.g. {@code keys}); {@code files} reads an inline annex 5 file into
     * submitted steps.
     */
    static KeyChoice of(KeysSpec spec, String field, Participants participants,
            Function<KeysSpec.File, List<SubmittedStep>> files) {
        if (spec == null) {
            throw new InvalidRequest(field + " is required");
        }
        String name = strategyName(spec, field);
        if (spec.producers() != null && !spec.producers().isEmpty()) {
            if (!participants.full()) {
                throw new InvalidRequest(field + ".producers is for DYNAMIC_FULL agreements");
            }
            if (name.equals("SUBMITTED") || name.equals("EXPLICIT")) {
                throw new InvalidRequest(field + ".producers goes with a strategy that makes keys, not " + name);
            }
            Map<String, Strategy> perProducer = new LinkedHashMap<>();
            spec.producers().forEach((producer, producerSpec) -> {
                String at = field + ".producers." + producer;
                if (!participants.producers().contains(producer)) {
                    throw new InvalidRequest(at + ": " + producer + " is not a producer of the agreement");
                }
                if (producerSpec != null && producerSpec.producers() != null) {
                    throw new InvalidRequest(at + ".producers: strategies per producer do not nest");
                }
                perProducer.put(producer, strategy(producerSpec, at, participants));
            });
            return new Made(new KeyMaker.Plan(strategy(spec, field, participants), perProducer));
        }
        return switch (name) {
            case "SUBMITTED" -> new Submitted();
            case "DEFAULT" -> new DefaultOnly();
            case "EXPLICIT" -> explicit(spec, field, participants, files);
            default -> new Made(new KeyMaker.Plan(strategy(spec, field, participants), Map.of()));
        };
    }

    /** A strategy that makes keys (DEFAULT making prorata keys). */
    private static Strategy strategy(KeysSpec spec, String field, Participants participants) {
        if (spec == null) {
            throw new InvalidRequest(field + " is required");
        }
        String name = strategyName(spec, field);
        only(spec, field, name);
        return switch (name) {
            case "DEFAULT" -> new Strategy.Prorata();
            case "STATIC" -> new Strategy.Fixed(Strategy.percentages(participants.consumers(),
                    coefficients(spec.coefficients(), field + ".coefficients", participants)));
            case "PRIORITY" -> priority(spec.groups(), field + ".groups", participants);
            case "EQUAL_WITH_REALLOCATION" -> new Strategy.EqualWithReallocation();
            case "OPTIMAL" -> new Strategy.Optimal();
            default -> throw new InvalidRequest(field + ".strategy " + name + " does not make keys step by step");
        };
    }

    private static String strategyName(KeysSpec spec, String field) {
        if (spec.strategy() == null) {
            throw new InvalidRequest(field + ".strategy is required: one of " + STRATEGIES);
        }
        if (!STRATEGIES.contains(spec.strategy())) {
            throw new InvalidRequest(field + ".strategy must be one of " + STRATEGIES + ", not '"
                    + spec.strategy() + "'");
        }
        return spec.strategy();
    }

    /** The parameters a strategy takes, and no other. */
    private static void only(KeysSpec spec, String field, String name) {
        reject(given(spec.coefficients()) && !name.equals("STATIC"), field + ".coefficients is for STATIC");
        reject(given(spec.groups()) && !name.equals("PRIORITY"), field + ".groups is for PRIORITY");
        reject((given(spec.steps()) || spec.file() != null) && !name.equals("EXPLICIT"),
                field + ".steps and .file are for EXPLICIT");
    }

    private static KeyChoice explicit(KeysSpec spec, String field, Participants participants,
            Function<KeysSpec.File, List<SubmittedStep>> files) {
        only(spec, field, "EXPLICIT");
        boolean steps = given(spec.steps());
        boolean file = spec.file() != null;
        if (steps == file) {
            throw new InvalidRequest(field + ": EXPLICIT takes steps (as a submission) or file, one of them");
        }
        if (file) {
            if (spec.file().name() == null || spec.file().content() == null) {
                throw new InvalidRequest(field + ".file needs name and content");
            }
            if (participants.full()) {
                throw KeyConflicts.fileOfSimpleKeys(KeyType.DYNAMIC_FULL);
            }
            return new Explicit(files.apply(spec.file()));
        }
        // The shape a submission must have, checked as a submission's is (a 400 naming the step).
        KeyType keyType = participants.full() ? KeyType.DYNAMIC_FULL : KeyType.DYNAMIC_SIMPLE;
        new KeySubmissionRequest(keyType, spec.steps()).checkShape(keyType);
        return new Explicit(SubmittedStep.of(new KeySubmissionRequest(keyType, spec.steps())));
    }

    private static Map<String, BigDecimal> coefficients(List<KeyValue> given, String field,
            Participants participants) {
        if (given == null || given.isEmpty()) {
            throw new InvalidRequest(field + " is required for STATIC: [{usage_point_id, coefficient}]");
        }
        Map<String, BigDecimal> coefficients = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int k = 0; k < given.size(); k++) {
            KeyValue key = given.get(k);
            String at = field + "[" + k + "]";
            if (key == null || key.usagePointId() == null || key.coefficient() == null) {
                throw new InvalidRequest(at + " needs usage_point_id and coefficient");
            }
            consumer(key.usagePointId(), at + ".usage_point_id", participants);
            BigDecimal value = key.coefficient();
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 || value.stripTrailingZeros().scale() > 2) {
                throw new InvalidRequest(at + ".coefficient must be a percentage from 0 to 100 with at most two "
                        + "decimals, not " + value);
            }
            if (coefficients.put(key.usagePointId(), value) != null) {
                throw new InvalidRequest(at + ".usage_point_id " + key.usagePointId() + " is named twice");
            }
            total = total.add(value);
        }
        if (total.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidRequest(field + " add up to " + total.toPlainString() + " %, over 100 %");
        }
        return coefficients;
    }

    private static Strategy priority(List<KeysSpec.Group> groups, String field, Participants participants) {
        if (groups == null || groups.isEmpty()) {
            throw new InvalidRequest(field + " is required for PRIORITY: [{usage_point_ids, split}]");
        }
        Set<String> seen = new HashSet<>();
        List<int[]> positions = new ArrayList<>();
        List<Strategy.Split> splits = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            KeysSpec.Group group = groups.get(g);
            String at = field + "[" + g + "]";
            if (group == null || group.usagePointIds() == null || group.usagePointIds().isEmpty()) {
                throw new InvalidRequest(at + ".usage_point_ids must name at least one consumer");
            }
            int[] members = new int[group.usagePointIds().size()];
            for (int k = 0; k < members.length; k++) {
                String prm = group.usagePointIds().get(k);
                String memberAt = at + ".usage_point_ids[" + k + "]";
                members[k] = consumer(prm, memberAt, participants);
                if (!seen.add(prm)) {
                    throw new InvalidRequest(memberAt + ": " + prm + " is in two groups (or twice in one)");
                }
            }
            positions.add(members);
            splits.add(group.split() == null ? Strategy.Split.PRORATA : group.split());
        }
        return new Strategy.Priority(positions, splits);
    }

    private static int consumer(String prm, String field, Participants participants) {
        int position = prm == null ? -1 : participants.consumers().indexOf(prm);
        if (position < 0) {
            throw new InvalidRequest(field + ": " + prm + " is not a consumer of the agreement over the range");
        }
        return position;
    }

    /** A list is given when it holds something: generated clients send the absent ones empty. */
    static boolean given(List<?> list) {
        return list != null && !list.isEmpty();
    }

    private static void reject(boolean condition, String description) {
        if (condition) {
            throw new InvalidRequest(description);
        }
    }
}
