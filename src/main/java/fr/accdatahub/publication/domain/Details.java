package fr.accdatahub.publication.domain;

import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calculation.domain.Results.PairEnergy;
import fr.accdatahub.calendar.TimeClass;
import fr.accdatahub.publication.domain.EnergyView.Detail;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What each producer gave a consumer (or a producer gave each consumer), per distributor class, from the pair
 * energies of the current runs. They are kept per calculation period, so only a range of whole periods has them.
 * Plain Java.
 */
public final class Details {

    private Details() {
    }

    /**
     * The detail per other participant over the days {@code [first, end)}, by ascending PRM; null when a run reaches
     * outside the range (the range is not made of whole periods).
     */
    public static List<Detail> of(List<PairEnergy> pairs, LocalDate first, LocalDate end, Role role) {
        Map<String, double[]> wh = new TreeMap<>();
        for (PairEnergy pair : pairs) {
            if (pair.periodStart().isBefore(first) || pair.periodEnd().isAfter(end)) {
                return null;
            }
            if (pair.otherId() != null) {
                wh.computeIfAbsent(pair.otherId(), k -> new double[TimeClass.values().length])
                        [TimeClass.valueOf(pair.timeClass()).ordinal()] += pair.energyWh();
            }
        }
        List<Detail> details = new ArrayList<>();
        wh.forEach((id, values) -> {
            BigDecimal[] classes = new BigDecimal[values.length];
            for (int c = 0; c < values.length; c++) {
                classes[c] = Energies.fromWh(values[c]);
            }
            details.add(new Detail(id, ParticipantEnergies.blocks(
                    role == Role.CONS ? Quantity.AUTOCONS : Quantity.AUTOPROD, classes)));
        });
        return details;
    }
}
