package fr.accdatahub.keys.domain;

import fr.accdatahub.annex.AnnexCsv;
import fr.accdatahub.calendar.Paris;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the shape {@link KeyFile} reads: a {@code Horodate;<consumer PRM>;…} header, then one line per step, its
 * local start {@code DD/MM/YYYY HH:MM} and a percentage per consumer with a decimal comma, an empty cell where a
 * consumer has none (not attached). Steps are written in time order: the repeated hour of October comes twice, as the
 * reader expects it.
 */
public final class KeyFileWriter {

    private final List<String> consumers;
    private final AnnexCsv.Writer csv;

    public KeyFileWriter(List<String> consumers) {
        this.consumers = List.copyOf(consumers);
        this.csv = new AnnexCsv.Writer(64 + consumers.size() * 16);
        List<String> header = new ArrayList<>(consumers.size() + 1);
        header.add("Horodate");
        header.addAll(consumers);
        csv.joined(header.toArray(String[]::new)).endLine();
    }

    /** The conventional name: {@code <agreement>_<step minutes>_<first day>_<last day>.txt}. */
    public static String name(String agreementId, int stepMinutes, LocalDate firstDay, LocalDate lastDay) {
        return agreementId + "_" + stepMinutes + "_" + AnnexCsv.NAME_DAY.format(firstDay) + "_"
                + AnnexCsv.NAME_DAY.format(lastDay) + ".txt";
    }

    /** One step's line: the coefficients it has, by consumer. */
    public KeyFileWriter line(Instant step, Map<String, BigDecimal> coefficients) {
        String[] cells = new String[consumers.size() + 1];
        cells[0] = AnnexCsv.LOCAL_TIME.format(step.atZone(Paris.ZONE));
        for (int j = 0; j < consumers.size(); j++) {
            BigDecimal value = coefficients.get(consumers.get(j));
            cells[j + 1] = value == null ? "" : AnnexCsv.decimal(value);
        }
        csv.joined(cells);
        if (cells[cells.length - 1].isEmpty()) {
            // An empty last cell is followed by a separator: a trailing one alone is read as no cell.
            csv.cell("");
        }
        csv.endLine();
        return this;
    }

    public String text() {
        return csv.toString();
    }
}
