package fr.accdatahub.publication.domain;

import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calendar.InstantRange;
import fr.accdatahub.failure.NotFound;
import fr.accdatahub.publication.domain.EnergyView.Detail;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The annex 6 files of a published range, one quantity of one PRM (or of the agreement's totals) each. Plain Java. */
public final class PublishedFiles {

    private PublishedFiles() {
    }

    /** The CDC file of a participant's curve, or of the agreement's total when {@code id} is the agreement. */
    public static AnnexFile curve(PublishedRange data, Quantity quantity, String id) {
        long[] values;
        if (id.equals(data.agreementId)) {
            values = Series.total(data, quantity);
        } else {
            int[] curve = Series.of(data, quantity, id);
            if (curve == null) {
                throw new NotFound("PRM " + id + " has no " + quantity.code() + " curve");
            }
            values = Annex6Files.widen(curve);
        }
        return new AnnexFile(name(data.range, id, quantity.label(), "CDC"), Annex6Files.loadCurve(data.steps, values));
    }

    /**
     * The ENERGIE file of a participant's quantity (its role null for the agreement's totals): its supplier's
     * classes, a consumer's calendar over the range (each class summed over its supplier periods), HP/HC otherwise.
     */
    public static AnnexFile energy(PublishedRange data, String id, Role role, Quantity quantity,
            Map<Quantity, BigDecimal[]> classes) {
        return energy(ParticipantRange.ofCurves(data, id, role), id, quantity, classes);
    }

    /** The same file, from wherever the participant's energies are read. */
    public static AnnexFile energy(ParticipantRange participant, String id, Quantity quantity,
            Map<Quantity, BigDecimal[]> classes) {
        return new AnnexFile(name(participant.range(), id, quantity.label(), "ENERGIE"),
                Annex6Files.energy(ParticipantEnergies.supplierTotals(
                        ParticipantEnergies.blocks(participant, quantity, classes))));
    }

    /** A producer's energy given to each consumer, from its detail per consumer. */
    public static AnnexFile detail(PublishedRange data, String producer, List<Detail> details) {
        return detail(ParticipantRange.ofCurves(data, producer, Role.PROD), producer, details);
    }

    /** The same file, from wherever the producer's range is read. */
    public static AnnexFile detail(ParticipantRange participant, String producer, List<Detail> details) {
        Map<String, BigDecimal> byConsumer = new LinkedHashMap<>();
        details.forEach(detail -> byConsumer.put(detail.usagePointId(), detail.quantities().get(0).total()));
        return new AnnexFile(name(participant.range(), producer, "AutoconsoParConsommateur", "ENERGIE"),
                Annex6Files.detail(byConsumer));
    }

    private static String name(InstantRange range, String id, String type, String kind) {
        return Annex6Files.name(id, range.firstDay(), range.endDay().minusDays(1), type, kind);
    }
}
