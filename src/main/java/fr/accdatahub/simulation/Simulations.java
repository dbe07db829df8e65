package fr.accdatahub.simulation;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.accdatahub.agreement.AgreementService;
import fr.accdatahub.agreement.domain.Agreement;
import fr.accdatahub.agreement.domain.AgreementSnapshot;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.calculation.domain.PeriodInputs;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.keys.KeyReader;
import fr.accdatahub.keys.domain.KeyValidator;
import fr.accdatahub.keys.domain.PerimeterCalendar;
import fr.accdatahub.keys.domain.StepReport;
import fr.accdatahub.keys.domain.StoredKey;
import fr.accdatahub.publication.ResultReader;
import fr.accdatahub.publication.domain.NoDataFound;
import fr.accdatahub.publication.domain.PublishedRange;
import fr.accdatahub.rawcurve.domain.CurveDay;
import fr.accdatahub.simulation.domain.Days;
import fr.accdatahub.simulation.domain.KeyChoice;
import fr.accdatahub.simulation.domain.KeyMaker;
import fr.accdatahub.simulation.domain.Simulated;
import fr.accdatahub.simulation.domain.SimulationRequest;
import fr.accdatahub.simulation.domain.SimulationView;
import fr.accdatahub.web.JsonBodies;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Simulations: a range of days computed with keys the PMO tries, on the stored raw curves (estimated as the
 * calculation would) or on a forecast, by the calculation's own inputs, engine and publication. Nothing is stored:
 * with the keys in force on a computed period, the answer is the published one to the watt.
 */
@ApplicationScoped
public class Simulations {

    /** A simulation's outcome: its answer, and the range it computed (for its curves). */
    public record Outcome(SimulationView view, PublishedRange simulated) {
    }

    private final AgreementService agreements;
    private final RangeInputs inputs;
    private final KeyReader keys;
    private final ResultReader published;
    private final ObjectMapper json;
    private final Vertx vertx;

    public Simulations(AgreementService agreements, RangeInputs inputs, KeyReader keys, ResultReader published,
            ObjectMapper json, Vertx vertx) {
        this.agreements = agreements;
        this.inputs = inputs;
        this.keys = keys;
        this.published = published;
        this.json = json;
        this.vertx = vertx;
    }

    /** A simulation; an agreement the caller may not see is a 404 whatever the body. */
    public Uni<Outcome> simulate(Caller caller, String agreementId, byte[] body) {
        return agreements.snapshot(caller, agreementId).chain(snapshot -> {
            SimulationRequest request = JsonBodies.read(json, body, SimulationRequest.class);
            Days days = Days.of(request.start(), request.end());
            Agreement agreement = snapshot.agreement();
            days.step(agreement.stepGrid(), "start");
            KeyType keyType = RangeInputs.keyTypeThroughout(agreement, days);
            boolean full = keyType == KeyType.DYNAMIC_FULL;
            KeyChoice choice = RangeInputs.choice(snapshot, request.keys(),
                    RangeInputs.participants(snapshot, days, full));
            Uni<List<StoredKey>> stored = choice instanceof KeyChoice.Submitted
                    ? keys.accepted(agreement, days.instants().start(), days.instants().end())
                    : Uni.createFrom().item(List.of());
            // The three reads at once: they are independent, and each is a month of rows.
            return Uni.combine().all().unis(inputs.curves(snapshot, days, request.curves()), stored,
                            publishedOrNull(snapshot, days)).asTuple()
                    .chain(read -> vertx.executeBlocking(Uni.createFrom().item(() -> run(snapshot, days, keyType,
                            choice, read.getItem1(), read.getItem2(), read.getItem3()))));
        });
    }

    private static Outcome run(AgreementSnapshot snapshot, Days days, KeyType keyType, KeyChoice choice,
            List<CurveDay> curves, List<StoredKey> inForce, PublishedRange before) {
        boolean full = keyType == KeyType.DYNAMIC_FULL;
        KeyType dynamic = full ? KeyType.DYNAMIC_FULL : KeyType.DYNAMIC_SIMPLE;
        List<StepReport> refused = null;
        PeriodInputs applied;
        switch (choice) {
            case KeyChoice.Submitted submitted -> applied = RangeInputs.inputs(snapshot, days, keyType, curves,
                    inForce);
            case KeyChoice.DefaultOnly none -> applied = RangeInputs.inputs(snapshot, days, KeyType.DEFAULT, curves,
                    List.of());
            case KeyChoice.Explicit explicit -> {
                KeyValidator.Outcome judged = judge(snapshot, dynamic, days, explicit);
                refused = judged.steps().stream().filter(step -> step.status() != StepReport.Status.ACCEPTED)
                        .toList();
                applied = RangeInputs.inputs(snapshot, days, dynamic, curves, judged.accepted().stream()
                        .map(key -> new StoredKey(key.step(), key.producerId(), key.consumers().usagePointIds(),
                                key.coefficients(), KeyMaker.MADE)).toList());
            }
            case KeyChoice.Made made -> {
                PeriodInputs base = RangeInputs.inputs(snapshot, days, dynamic, curves, List.of());
                applied = base.withKeys(dynamic, KeyMaker.make(made.plan(), full, perimeter(base), values(base)));
            }
        }
        PublishedRange simulated = Simulated.run(snapshot.id(), snapshot.agreement().stepGrid(),
                snapshot.attachments(), days.instants(), applied);
        return new Outcome(SimulationView.of(simulated, before, refused), simulated);
    }

    /** EXPLICIT keys judged as a submission made at the start of the range would be. */
    private static KeyValidator.Outcome judge(AgreementSnapshot snapshot, KeyType dynamic, Days days,
            KeyChoice.Explicit explicit) {
        Agreement agreement = snapshot.agreement();
        return new KeyValidator(new KeyValidator.Context(dynamic, agreement.startDate(), agreement.anniversaryDay(),
                agreement.statuses(), days.instants().start(), new PerimeterCalendar(snapshot.attachments())))
                .validate(explicit.steps());
    }

    static KeyMaker.Perimeter perimeter(PeriodInputs inputs) {
        return new KeyMaker.Perimeter(inputs.steps, inputs.consumers, inputs.producers, inputs.consumerAttached,
                inputs.producerAttached);
    }

    private static KeyMaker.StepValues values(PeriodInputs inputs) {
        return new KeyMaker.StepValues() {
            @Override
            public double consumption(int consumer, int step) {
                return inputs.consumption[consumer][step];
            }

            @Override
            public double production(int producer, int step) {
                return inputs.production[producer][step];
            }
        };
    }

    /** What is published over the days, when all of them are (null otherwise). */
    private Uni<PublishedRange> publishedOrNull(AgreementSnapshot snapshot, Days days) {
        return published.read(snapshot, days.instants())
                .onFailure(NoDataFound.class).recoverWithNull();
    }
}
