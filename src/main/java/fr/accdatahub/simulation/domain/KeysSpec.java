package fr.accdatahub.simulation.domain;

import fr.accdatahub.keys.domain.KeySubmissionRequest;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/**
 * The {@code keys} of a simulation or a generation, as written: a strategy and its parameters, and for a
 * DYNAMIC_FULL agreement the strategies of some producers ({@code producers}: PRM → strategy). Read into a
 * {@link KeyChoice}, which checks it.
 */
@RegisterForReflection(targets = {KeysSpec.class, KeysSpec.Group.class, KeysSpec.File.class})
public record KeysSpec(String strategy, List<KeySubmissionRequest.KeyValue> coefficients, List<Group> groups,
        List<KeySubmissionRequest.Step> steps, File file, Map<String, KeysSpec> producers) {

    /** A priority group: its consumers, and how what it is given is split among them (PRORATA by default). */
    public record Group(List<String> usagePointIds, Strategy.Split split) {
    }

    /** An annex 5 file given inline: its conventional name and its text. */
    public record File(String name, String content) {
    }
}
