package fr.accdatahub.scenario.api;

import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.calculation.domain.Calculation;
import fr.accdatahub.scenario.ScenarioService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A scenario made: its agreement, client, PRMs and every version it published, in the order published. */
public record ScenarioView(String agreementId, String scenario, String description, String clientId,
        KeyType keyType, List<String> producers, List<String> consumers, List<PublishedRun> publications) {

    /** A published version of a period. */
    public record PublishedRun(LocalDate periodStart, LocalDate periodEnd, int version, UUID calculationId) {
    }

    static ScenarioView of(ScenarioService.Made made) {
        Map<LocalDate, Integer> versions = new HashMap<>();
        List<PublishedRun> runs = new ArrayList<>();
        for (Calculation run : made.publications()) {
            int version = versions.merge(run.periodStart(), 1, Integer::sum);
            runs.add(new PublishedRun(run.periodStart(), run.periodEnd(), version, run.calculationId()));
        }
        return new ScenarioView(made.agreementId(), made.scenario().name(), made.scenario().description(),
                made.clientId(), made.scenario().keyType(), made.producers(), made.consumers(), runs);
    }
}
