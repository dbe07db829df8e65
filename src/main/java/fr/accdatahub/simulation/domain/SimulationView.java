package fr.accdatahub.simulation.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calculation.domain.PublishedVersion;
import fr.accdatahub.calendar.TimeClass;
import fr.accdatahub.keys.domain.StepReport;
import fr.accdatahub.publication.domain.Energies;
import fr.accdatahub.publication.domain.IndicatorsView;
import fr.accdatahub.publication.domain.ParticipantEnergies;
import fr.accdatahub.publication.domain.PublishedRange;
import fr.accdatahub.publication.domain.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a simulation answers: the indicators exactly as {@code GET …/indicators} would give them had the keys been
 * applied, each participant's energies per distributor class, the difference with what is published when the range
 * is, and the steps of EXPLICIT keys that a submission would have refused (the default key applies there).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SimulationView(IndicatorsView indicators, List<ParticipantEnergy> participants,
        Comparison comparedWithPublished, List<StepReport> refusedSteps) {

    /** A participant's quantities, kWh, in total and per distributor class. */
    public record ParticipantEnergy(String usagePointId, String role, List<QuantityEnergy> energies) {
    }

    public record QuantityEnergy(String type, BigDecimal total, Map<TimeClass, BigDecimal> classes) {
    }

    /** The simulation minus what is published (kWh), for the operation and each participant. */
    public record Comparison(List<PublishedVersion.Ref> publications, BigDecimal autoconsumption,
            BigDecimal surplus, BigDecimal complement, List<Difference> participants) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Difference(String usagePointId, String role, BigDecimal autoconsumption, BigDecimal complement,
            BigDecimal autoproduction, BigDecimal surplus) {
    }

    public static SimulationView of(PublishedRange simulated, PublishedRange published, List<StepReport> refused) {
        IndicatorsView indicators = IndicatorsView.of(simulated);
        return new SimulationView(indicators, energies(simulated),
                published == null ? null : compare(indicators, IndicatorsView.of(published)),
                refused == null || refused.isEmpty() ? null : refused);
    }

    private static List<ParticipantEnergy> energies(PublishedRange data) {
        List<ParticipantEnergy> participants = new ArrayList<>();
        for (String id : data.consumers) {
            participants.add(energy(data, id, Role.CONS, Quantity.CONSUMER_TYPES));
        }
        for (String id : data.producers) {
            participants.add(energy(data, id, Role.PROD, Quantity.PRODUCER_TYPES));
        }
        return participants;
    }

    private static ParticipantEnergy energy(PublishedRange data, String id, Role role, List<Quantity> types) {
        Map<Quantity, BigDecimal[]> classes = ParticipantEnergies.classes(data, id, role);
        List<QuantityEnergy> energies = new ArrayList<>();
        for (Quantity type : types) {
            BigDecimal[] values = classes.get(type);
            Map<TimeClass, BigDecimal> byClass = new LinkedHashMap<>();
            for (TimeClass timeClass : TimeClass.values()) {
                byClass.put(timeClass, values[timeClass.ordinal()]);
            }
            energies.add(new QuantityEnergy(type.code(), Energies.total(values), byClass));
        }
        return new ParticipantEnergy(id, role.code(), energies);
    }

    private static Comparison compare(IndicatorsView simulated, IndicatorsView published) {
        Map<String, IndicatorsView.Participant> before = new LinkedHashMap<>();
        published.participants().forEach(p -> before.put(p.role() + p.usagePointId(), p));
        List<Difference> differences = new ArrayList<>();
        for (IndicatorsView.Participant now : simulated.participants()) {
            IndicatorsView.Participant then = before.get(now.role() + now.usagePointId());
            if (then == null) {
                continue;
            }
            differences.add(new Difference(now.usagePointId(), now.role(),
                    minus(now, then, IndicatorsView.Participant::autoconsumption),
                    minus(now, then, IndicatorsView.Participant::complement),
                    minus(now, then, IndicatorsView.Participant::autoproduction),
                    minus(now, then, IndicatorsView.Participant::surplus)));
        }
        return new Comparison(published.publications(),
                simulated.autoconsumption().subtract(published.autoconsumption()),
                simulated.surplus().subtract(published.surplus()),
                simulated.complement().subtract(published.complement()), differences);
    }

    private static BigDecimal minus(IndicatorsView.Participant now, IndicatorsView.Participant then,
            Function<IndicatorsView.Participant, BigDecimal> figure) {
        BigDecimal a = figure.apply(now);
        BigDecimal b = figure.apply(then);
        return a == null || b == null ? null : a.subtract(b);
    }
}
