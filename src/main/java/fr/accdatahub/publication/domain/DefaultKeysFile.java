package fr.accdatahub.publication.domain;

import fr.accdatahub.calendar.Paris;
import fr.accdatahub.keys.domain.AppliedDefault;
import fr.accdatahub.keys.domain.DefaultCoefficients;
import fr.accdatahub.keys.domain.KeyFileWriter;
import fr.accdatahub.keys.domain.KeysInForce.Coefficient;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
        KeyFileWriter file = new KeyFileWriter(consumers);
        for (Instant step : data.steps) {
            List<Coefficient> applied = DefaultCoefficients.atStep(byDay.get(Paris.day(step)),
                    data.grid.indexInDay(step));
            if (applied != null) {
                Map<String, BigDecimal> cells = new HashMap<>();
                applied.forEach(key -> cells.put(key.usagePointId(), key.coefficient()));
                file.line(step, cells);
            }
        }
        return new AnnexFile(Annex6Files.name(data.agreementId, data.firstDay(), data.lastDay(),
                "CoefficientsParDefaut", "CLE"), file.text());
    }
}
