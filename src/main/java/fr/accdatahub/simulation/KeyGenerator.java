package fr.accdatahub.simulation;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.accdatahub.agreement.AgreementService;
import fr.accdatahub.agreement.domain.Agreement;
import fr.accdatahub.agreement.domain.AgreementSnapshot;
import fr.accdatahub.agreement.domain.AgreementStatus;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.calculation.domain.PeriodInputs;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.failure.Conflict;
import fr.accdatahub.failure.InvalidRequest;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.keys.domain.StoredKey;
import fr.accdatahub.rawcurve.domain.CurveDay;
import fr.accdatahub.simulation.domain.Days;
import fr.accdatahub.simulation.domain.GenerationRequest;
import fr.accdatahub.simulation.domain.KeyChoice;
import fr.accdatahub.simulation.domain.KeyMaker;
import fr.accdatahub.simulation.domain.ReferenceSteps;
import fr.accdatahub.simulation.domain.Strategy;
import fr.accdatahub.web.JsonBodies;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Key generators: a dynamic agreement's keys for some days, made by a strategy from reference curves (the stored
 * ones of as many days from another first day, matched by local time, or curves given inline), written as a
 * submission that passes validation: exactly the consumers attached at each step, two decimals, at most 100 %, and
 * no step on a day the agreement is not ACTIVE.
 */
@ApplicationScoped
public class KeyGenerator {

    /** Generated keys: the agreement's key type, the days and their step, the keys by step (and producer). */
    public record Generated(String agreementId, KeyType keyType, Days days, int stepMinutes, List<StoredKey> keys) {
    }

    private final AgreementService agreements;
    private final RangeInputs inputs;
    private final ObjectMapper json;
    private final Vertx vertx;

    public KeyGenerator(AgreementService agreements, RangeInputs inputs, ObjectMapper json, Vertx vertx) {
        this.agreements = agreements;
        this.inputs = inputs;
        this.json = json;
        this.vertx = vertx;
    }

    /** Generated keys; an agreement the caller may not see is a 404 whatever the body. */
    public Uni<Generated> generate(Caller caller, String agreementId, byte[] body) {
        return agreements.snapshot(caller, agreementId).chain(snapshot -> {
            GenerationRequest request = JsonBodies.read(json, body, GenerationRequest.class);
            Days days = Days.of(request.start(), request.end());
            Reference reference = Reference.of(request.reference(), days);
            Agreement agreement = snapshot.agreement();
            KeyType keyType = dynamicThroughout(agreement, days);
            boolean full = keyType == KeyType.DYNAMIC_FULL;
            KeyMaker.Plan plan = plan(RangeInputs.choice(snapshot, request.keys(),
                    RangeInputs.participants(snapshot, days, full)));
            long minutes = days.step(agreement.stepGrid(), "start").toMinutes();
            if (reference.days().step(agreement.stepGrid(), "reference.start").toMinutes() != minutes) {
                throw new InvalidRequest("reference.start: the reference days must have steps of " + minutes
                        + " minutes, as the days to make keys for");
            }
            return inputs.curves(snapshot, reference.days(), request.reference().curves())
                    .chain(curves -> vertx.executeBlocking(Uni.createFrom().item(() -> new Generated(agreementId,
                            keyType, days, (int) minutes, make(snapshot, days, reference.days(), keyType, plan,
                                    curves)))));
        });
    }

    private static List<StoredKey> make(AgreementSnapshot snapshot, Days days, Days referenceDays, KeyType keyType,
            KeyMaker.Plan plan, List<CurveDay> curves) {
        PeriodInputs target = RangeInputs.inputs(snapshot, days, keyType, List.of(), List.of());
        PeriodInputs reference = RangeInputs.inputs(snapshot, referenceDays, keyType, curves, List.of());
        int[] map = ReferenceSteps.map(target.steps, days.start(), reference.steps, referenceDays.start());
        int[] consumers = positions(target.consumers, reference.consumers);
        int[] producers = positions(target.producers, reference.producers);
        Agreement agreement = snapshot.agreement();
        return KeyMaker.make(plan, keyType == KeyType.DYNAMIC_FULL, Simulations.perimeter(target),
                        new KeyMaker.StepValues() {
                            @Override
                            public double consumption(int consumer, int step) {
                                return valueAt(reference.consumption, consumers[consumer], map[step]);
                            }

                            @Override
                            public double production(int producer, int step) {
                                return valueAt(reference.production, producers[producer], map[step]);
                            }
                        }).stream()
                .filter(key -> agreement.status(Paris.day(key.step())) == AgreementStatus.ACTIVE)
                .toList();
    }

    private static double valueAt(double[][] values, int participant, int step) {
        return participant < 0 || step < 0 ? Double.NaN : values[participant][step];
    }

    /** Each PRM's position among the reference's participants (-1: it has no reference values). */
    private static int[] positions(List<String> ids, List<String> referenceIds) {
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < referenceIds.size(); k++) {
            index.put(referenceIds.get(k), k);
        }
        return ids.stream().mapToInt(id -> index.getOrDefault(id, -1)).toArray();
    }

    /** The strategies that make keys: DEFAULT makes prorata keys; the keys in force or given are not made. */
    private static KeyMaker.Plan plan(KeyChoice choice) {
        return switch (choice) {
            case KeyChoice.Made made -> made.plan();
            case KeyChoice.DefaultOnly none -> new KeyMaker.Plan(new Strategy.Prorata(), Map.of());
            case KeyChoice.Submitted submitted -> throw new InvalidRequest(
                    "keys.strategy SUBMITTED makes no keys: they are the ones in force");
            case KeyChoice.Explicit explicit -> throw new InvalidRequest(
                    "keys.strategy EXPLICIT makes no keys: they are given");
        };
    }

    /** The key type in force on every day, which must take submissions. */
    private static KeyType dynamicThroughout(Agreement agreement, Days days) {
        KeyType keyType = RangeInputs.keyTypeThroughout(agreement, days);
        if (!keyType.isDynamic()) {
            throw new Conflict("key_type_not_dynamic", agreement.id() + " is " + keyType + " on " + days.start()
                    + ": keys are submitted for DYNAMIC_SIMPLE and DYNAMIC_FULL agreements only");
        }
        return keyType;
    }

    /** The reference days: as many as the days to make keys for, from a first day or those of inline curves. */
    private record Reference(Days days) {

        static Reference of(GenerationRequest.Reference reference, Days days) {
            if (reference == null || (reference.start() != null) == KeyChoice.given(reference.curves())) {
                throw new InvalidRequest("reference must give start (YYYY-MM-DD) or curves, one of them");
            }
            var first = reference.start() != null ? reference.start() : days.start();
            return new Reference(new Days(first, first.plusDays(days.count())));
        }
    }
}
