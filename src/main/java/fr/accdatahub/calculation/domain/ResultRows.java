package fr.accdatahub.calculation.domain;

import fr.accdatahub.allocation.PeriodAllocation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A completed run's results as they are stored: for every attached participant and local day, its measured quantity
 * (with its estimated marks) and the two it is split into, and the DEFAULT coefficients on the days they applied.
 * Plain Java.
 */
public final class ResultRows {

    /** One row of results: a participant's quantity over a day. */
    public record CurveRow(String usagePointId, String quantity, LocalDate day, double[] values, boolean[] estimated) {
    }

    private ResultRows() {
    }

    /** Every attached participant's quantities, day by day; the DEFAULT coefficients on days where they applied. */
    public static List<CurveRow> of(PeriodInputs inputs, PeriodAllocation result) {
        List<CurveRow> rows = new ArrayList<>();
        for (Map.Entry<LocalDate, int[]> entry : inputs.dayRanges().entrySet()) {
            LocalDate day = entry.getKey();
            int from = entry.getValue()[0];
            int to = entry.getValue()[1];
            for (int j = 0; j < inputs.consumers.size(); j++) {
                if (inputs.consumerAttached[j][from]) {
                    String id = inputs.consumers.get(j);
                    addDay(rows, id, day, from, to, inputs.consumptionEstimated[j],
                            new String[] {"cons", "autocons", "complement"},
                            result.consumption[j], result.autoconsumption[j], result.complement[j]);
                    double[] defaultKey = Arrays.copyOfRange(result.defaultKey[j], from, to);
                    if (Arrays.stream(defaultKey).anyMatch(v -> !Double.isNaN(v))) {
                        rows.add(new CurveRow(id, "default_key", day, defaultKey, null));
                    }
                }
            }
            for (int i = 0; i < inputs.producers.size(); i++) {
                if (inputs.producerAttached[i][from]) {
                    addDay(rows, inputs.producers.get(i), day, from, to, inputs.productionEstimated[i],
                            new String[] {"prod", "autoprod", "surplus"},
                            result.production[i], result.autoproduction[i], result.surplus[i]);
                }
            }
        }
        return rows;
    }

    /** A participant's day of its measured quantity (with its estimated marks) and the two it is split into. */
    private static void addDay(List<CurveRow> rows, String id, LocalDate day, int from, int to, boolean[] estimated,
            String[] quantities, double[]... values) {
        for (int q = 0; q < quantities.length; q++) {
            rows.add(new CurveRow(id, quantities[q], day, Arrays.copyOfRange(values[q], from, to),
                    q == 0 ? Arrays.copyOfRange(estimated, from, to) : null));
        }
    }
}
