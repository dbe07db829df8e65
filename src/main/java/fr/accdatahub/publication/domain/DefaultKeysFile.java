package fr.accdatahub.publication.domain;

import fr.accdatahub.annex.AnnexCsv;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.keys.domain.AppliedDefault;
import fr.accdatahub.keys.domain.DefaultCoefficients;
import fr.accdatahub.keys.domain.KeysInForce.Coefficient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The coefficients the DEFAULT key applied over a range (§5.2.2.1: Enedis sends the PMO the values it kept), in the
 * shape of an annex 5 file: a {@code Horodate;<consumer PRM>;…} header of the consumers that had some, then one line
 * per DEFAULT step, {@code DD/MM/YYYY HH:MM;<percent>…} with a decimal comma ({@link DefaultCoefficients}); a consumer
 * not attached at that step has an empty cell. Named
 * {@code <agreement>_<DDMMYYYY>_<DDMMYYYY>_CoefficientsParDefaut_CLE.csv}.
 */
public final class DefaultKeysFile {

    private DefaultKeysFile() {
    }

    public static AnnexFile of(PublishedRange data, List<AppliedDefault> defaults) {
        List<String> consumers = defaults.stream().map(AppliedDefault::consumerId).distinct().sorted().toList();
        Map<LocalDate, List<AppliedDefault>> byDay = DefaultCoefficients.byDay(defaults);
        AnnexCsv.Writer csv = new AnnexCsv.Writer(64 + consumers.size() * 16);
        List<String> header = new ArrayList<>(consumers.size() + 1);
        header.add("Horodate");
        header.addAll(consumers);
        csv.joined(header.toArray(String[]::new)).endLine();
        for (Instant step : data.steps) {
            List<Coefficient> applied = DefaultCoefficients.atStep(byDay.get(Paris.day(step)),
                    data.grid.indexInDay(step));
            if (applied != null) {
                line(csv, step, consumers, applied);
            }
        }
        return new AnnexFile(Annex6Files.name(data.agreementId, data.firstDay(), data.lastDay(),
                "CoefficientsParDefaut", "CLE"), csv.toString());
    }

    private static void line(AnnexCsv.Writer csv, Instant step, List<String> consumers, List<Coefficient> applied) {
        Map<String, String> cells = new HashMap<>();
        applied.forEach(key -> cells.put(key.usagePointId(), AnnexCsv.decimal(key.coefficient())));
        String[] line = new String[consumers.size() + 1];
        line[0] = AnnexCsv.LOCAL_TIME.format(step.atZone(Paris.ZONE));
        for (int j = 0; j < consumers.size(); j++) {
            line[j + 1] = cells.getOrDefault(consumers.get(j), "");
        }
        csv.joined(line).endLine();
    }
}
