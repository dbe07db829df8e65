package fr.accdatahub.calculation.domain;

import fr.accdatahub.allocation.PeriodAllocation;
import fr.accdatahub.calendar.Paris;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a period's keys left to the default rules, as its definitive calculation found it (§4.4.2): the runs of steps
 * computed with the DEFAULT key (steps with a consumer attached: elsewhere there is nothing to share), and, at FULL
 * steps, the producers without a key of their own, whose production is surplus. The data of the
 * {@code repartition_keys.defaulted} event. Plain Java.
 */
public final class Defaulted {

    private Defaulted() {
    }

    public static Map<String, Object> of(PeriodInputs inputs, PeriodAllocation result) {
        List<Map<String, Object>> ranges = new ArrayList<>();
        int from = -1;
        int defaultSteps = 0;
        for (int s = 0; s <= inputs.steps.length; s++) {
            boolean defaulted = s < inputs.steps.length && usedDefault(result, s);
            defaultSteps += defaulted ? 1 : 0;
            if (defaulted && from < 0) {
                from = s;
            } else if (!defaulted && from >= 0) {
                ranges.add(Map.of("start", Paris.label(inputs.steps[from]),
                        "end", Paris.label(s < inputs.steps.length ? inputs.steps[s] : inputs.end)));
                from = -1;
            }
        }
        List<Map<String, Object>> surplus = new ArrayList<>();
        for (int i = 0; i < inputs.producers.size(); i++) {
            int steps = 0;
            for (int s = 0; s < inputs.steps.length; s++) {
                if (inputs.producerAttached[i][s] && inputs.keys.keyless(s, i)) {
                    steps++;
                }
            }
            if (steps > 0) {
                surplus.add(Map.of("usage_point_id", inputs.producers.get(i), "steps", steps));
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("period_start", inputs.period.start().toString());
        data.put("period_end", inputs.period.end().toString());
        data.put("default_steps", defaultSteps);
        data.put("default_ranges", ranges);
        data.put("surplus_producers", surplus);
        return data;
    }

    private static boolean usedDefault(PeriodAllocation result, int step) {
        for (double[] consumer : result.defaultKey) {
            if (!Double.isNaN(consumer[step])) {
                return true;
            }
        }
        return false;
    }
}
