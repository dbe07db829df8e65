package fr.accdatahub.simulation.domain;

import fr.accdatahub.keys.domain.AcceptedKey;
import fr.accdatahub.keys.domain.StoredKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Makes a period's keys from a strategy, step by step, as a PMO would submit them (hundredths, exactly the consumers
 * attached at each step). SIMPLE keys share the step's whole production; FULL keys are made producer by producer in
 * ascending PRM order, each with its own strategy (or the common one) over its own production and the consumption
 * the producers before it left. Plain Java.
 */
public final class KeyMaker {

    /** Keys that were never submitted (what the simulation applies): no submission of their own. */
    public static final UUID MADE = new UUID(0, 0);

    /** The strategy for every producer, and those given for some producers (FULL). */
    public record Plan(Strategy common, Map<String, Strategy> perProducer) {

        public Plan {
            perProducer = Map.copyOf(perProducer);
        }

        Strategy of(String producer) {
            return perProducer.getOrDefault(producer, common);
        }
    }

    /** The values a step's keys are made from, by engine position (reference values for a generator). */
    public interface StepValues {
        double consumption(int consumer, int step);

        double production(int producer, int step);
    }

    /** What the keys are made for: the steps and who is attached at each. */
    public record Perimeter(Instant[] steps, List<String> consumers, List<String> producers,
            boolean[][] consumerAttached, boolean[][] producerAttached) {
    }

    private KeyMaker() {
    }

    /** One key per step (SIMPLE), or per step and attached producer (FULL). */
    public static List<StoredKey> make(Plan plan, boolean full, Perimeter perimeter, StepValues values) {
        int consumers = perimeter.consumers().size();
        List<StoredKey> keys = new ArrayList<>();
        double[] consumption = new double[consumers];
        boolean[] attached = new boolean[consumers];
        boolean[] before = new boolean[consumers];
        String[] columns = new String[0];
        for (int s = 0; s < perimeter.steps().length; s++) {
            for (int j = 0; j < consumers; j++) {
                attached[j] = perimeter.consumerAttached()[j][s];
                consumption[j] = attached[j] ? watts(values.consumption(j, s)) : 0;
            }
            if (s == 0 || !Arrays.equals(attached, before)) {
                // The same columns while the perimeter stays: the keys' consumers are read once per change.
                List<String> present = new ArrayList<>();
                for (int j = 0; j < consumers; j++) {
                    if (attached[j]) {
                        present.add(perimeter.consumers().get(j));
                    }
                }
                columns = present.toArray(String[]::new);
                System.arraycopy(attached, 0, before, 0, consumers);
            }
            if (columns.length == 0) {
                continue;
            }
            Instant step = perimeter.steps()[s];
            if (full) {
                fullStep(plan, perimeter, values, s, consumption, attached, columns, keys);
            } else {
                double production = 0;
                for (int i = 0; i < perimeter.producers().size(); i++) {
                    production += perimeter.producerAttached()[i][s] ? watts(values.production(i, s)) : 0;
                }
                keys.add(new StoredKey(step, AcceptedKey.EVERY_PRODUCER, columns,
                        Hundredths.of(plan.common().shares(consumption, attached, production), attached), MADE));
            }
        }
        return keys;
    }

    /** A value to share from: none (0) when unknown. */
    private static double watts(double value) {
        return Double.isNaN(value) ? 0 : Math.max(0, value);
    }

    private static void fullStep(Plan plan, Perimeter perimeter, StepValues values, int s, double[] consumption,
            boolean[] attached, String[] columns, List<StoredKey> keys) {
        double[] left = consumption.clone();
        for (int i = 0; i < perimeter.producers().size(); i++) {
            if (!perimeter.producerAttached()[i][s]) {
                continue;
            }
            String producer = perimeter.producers().get(i);
            double production = watts(values.production(i, s));
            short[] coefficients = Hundredths.of(plan.of(producer).shares(left, attached, production), attached);
            int k = 0;
            for (int j = 0; j < left.length; j++) {
                if (attached[j]) {
                    left[j] = Math.max(0, left[j] - production * coefficients[k++] / Hundredths.WHOLE);
                }
            }
            keys.add(new StoredKey(perimeter.steps()[s], producer, columns, coefficients, MADE));
        }
    }
}
