package fr.accdatahub.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.accdatahub.agreement.AgreementAdministration;
import fr.accdatahub.agreement.PerimeterAdministration;
import fr.accdatahub.agreement.api.AgreementRequest;
import fr.accdatahub.agreement.api.AttachmentRequest;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.auth.Callers;
import fr.accdatahub.auth.ClientAdministration;
import fr.accdatahub.auth.api.MandateTerms;
import fr.accdatahub.calculation.CalculationService;
import fr.accdatahub.calculation.domain.Calculation;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.clock.ServiceClock;
import fr.accdatahub.failure.Conflict;
import fr.accdatahub.failure.NotFound;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.identity.ClientRole;
import fr.accdatahub.keys.KeyService;
import fr.accdatahub.rawcurve.RawCurveService;
import fr.accdatahub.scenario.domain.Scenario;
import fr.accdatahub.scenario.domain.ScenarioData.KeysOfPeriod;
import fr.accdatahub.scenario.domain.ScenarioData;
import fr.accdatahub.scenario.domain.Scenarios;
import fr.accdatahub.scenario.store.ScenarioStore;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Makes a scenario for a pmo client: a fresh agreement of the scenario PMO, mandated to the client, its perimeter,
 * its meter curves and the keys sent in time, then its periods computed and published; or removes one with its data.
 * The periods' claims are held from before the perimeter exists until they are published, so the schedule never
 * computes a half-made scenario.
 */
@ApplicationScoped
public class ScenarioService {

    /** The PMO every scenario's agreement belongs to; the client sees them through its mandates. */
    static final AgreementRequest.PmoRequest SCENARIO_PMO =
            new AgreementRequest.PmoRequest("PMO des scénarios du bac à sable", "99999999999994");

    /** What a scenario made: the agreement, its PRMs and its published versions. */
    public record Made(String agreementId, Scenario scenario, String clientId, List<String> producers,
            List<String> consumers, List<Calculation> publications) {
    }

    private final AgreementAdministration agreements;
    private final PerimeterAdministration perimeters;
    private final ClientAdministration clients;
    private final Callers callers;
    private final RawCurveService rawCurves;
    private final KeyService keys;
    private final CalculationService calculations;
    private final ScenarioStore store;
    private final ServiceClock clock;
    private final ObjectMapper json;
    private final Vertx vertx;

    public ScenarioService(AgreementAdministration agreements, PerimeterAdministration perimeters,
            ClientAdministration clients, Callers callers, RawCurveService rawCurves, KeyService keys,
            CalculationService calculations, ScenarioStore store, ServiceClock clock, ObjectMapper json, Vertx vertx) {
        this.agreements = agreements;
        this.perimeters = perimeters;
        this.clients = clients;
        this.callers = callers;
        this.rawCurves = rawCurves;
        this.keys = keys;
        this.calculations = calculations;
        this.store = store;
        this.clock = clock;
        this.json = json;
        this.vertx = vertx;
    }

    /** Makes the scenario of that name for the client, synchronously: answered once published. */
    public Uni<Made> make(String name, String clientId) {
        Scenario scenario = Scenarios.named(name);
        return pmoCaller(clientId).chain(caller -> store.newUsagePoints(scenario.members().size())
                .chain(prms -> agreements.create(agreement(scenario)).chain(created -> {
                    String id = created.agreement().id();
                    ScenarioData data = new ScenarioData(scenario, prms);
                    return clock.now()
                            .chain(now -> store.record(new ScenarioStore.Made(id, name, clientId), now))
                            .chain(() -> clients.mandate(clientId, MandateTerms.openEnded(id)))
                            .chain(() -> calculations.runAfterEachRound(id, scenario.calculationPeriods().stream()
                                    .map(period -> period.start()).toList(), rounds(scenario, data, id, caller)))
                            .map(runs -> new Made(id, scenario, clientId, data.usagePoints(Role.PROD),
                                    data.usagePoints(Role.CONS), runs))
                            // Nothing half-made is kept; the cause answered is the first failure's.
                            .onFailure().call(() -> store.delete(id).onFailure().recoverWithNull());
                })));
    }

    /** Removes a scenario's agreement with all its data: a 404 for any other agreement. */
    public Uni<Void> remove(String agreementId) {
        return store.find(agreementId).chain(found -> {
            if (found.isEmpty()) {
                throw new NotFound("No scenario made agreement " + agreementId);
            }
            return store.delete(agreementId);
        });
    }

    private Uni<Caller> pmoCaller(String clientId) {
        return callers.of(clientId).map(found -> {
            Caller caller = found.orElseThrow(() -> new NotFound("No client " + clientId));
            if (caller.role() == ClientRole.OPERATOR) {
                throw new Conflict("not_a_pmo_client", "Scenarios are made for pmo and mandataire clients, not "
                        + clientId);
            }
            return caller;
        });
    }

    /** The data loaded before each publication: all of it but the late day, then the late day. */
    private List<Supplier<Uni<Void>>> rounds(Scenario scenario, ScenarioData data, String agreementId, Caller caller) {
        Supplier<Uni<Void>> onTime = () -> attach(scenario, data, agreementId)
                .chain(() -> vertx.executeBlocking(Uni.createFrom().item(data::curvesOnTime)))
                .chain(rawCurves::save)
                .chain(() -> sendKeys(agreementId, scenario, data, caller));
        return scenario.lateDay() == null ? List.of(onTime) : List.of(onTime, () -> rawCurves.save(data.curvesLate()));
    }

    private Uni<Void> attach(Scenario scenario, ScenarioData data, String agreementId) {
        return Panache.withTransaction(() -> {
            Uni<?> chain = Uni.createFrom().voidItem();
            for (int k = 0; k < scenario.members().size(); k++) {
                Scenario.Member member = scenario.members().get(k);
                String prm = data.usagePointOf(k);
                chain = chain.chain(() -> perimeters.attach(agreementId, prm, member.role(), new AttachmentRequest(
                        member.from(), member.until(), member.name(),
                        scenario.keyType() == KeyType.STATIC && member.role() == Role.CONS ? member.key() : null,
                        null)));
            }
            return chain.replaceWithVoid();
        });
    }

    /** Each period's keys, as the client sent them at the period's end; every step must be accepted. */
    private Uni<Void> sendKeys(String agreementId, Scenario scenario, ScenarioData data, Caller caller) {
        Set<String> mandates = new HashSet<>(caller.mandates());
        mandates.add(agreementId);
        Set<String> submitting = new HashSet<>(caller.submitting());
        submitting.add(agreementId);
        Caller mandated = new Caller(caller.clientId(), caller.role(), caller.pmoId(), mandates, submitting);
        StepGrid grid = StepGrid.ofOperation(scenario.start(), scenario.anniversaryDay());
        return vertx.executeBlocking(Uni.createFrom().item(() -> data.keys(grid).stream()
                        .map(period -> new Body(period.receivedAt(), json(period))).toList()))
                .chain(bodies -> Multi.createFrom().iterable(bodies)
                        .onItem().transformToUniAndConcatenate(body -> keys.submitAsOf(mandated, agreementId,
                                body.json(), body.receivedAt()).chain(this::requireAllAccepted))
                        .collect().last().replaceWithVoid());
    }

    /** A period's keys as the client sent them, and when. */
    private record Body(Instant receivedAt, byte[] json) {
    }

    private byte[] json(KeysOfPeriod period) {
        try {
            return json.writeValueAsBytes(period.request());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a scenario's keys", e);
        }
    }

    /** A scenario's keys are made to conform: a refused step is the scenario's bug (read off the event loop). */
    private Uni<Void> requireAllAccepted(String report) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> {
            try {
                if (json.readTree(report).path("rejected").asInt() != 0) {
                    throw new IllegalStateException("A scenario's keys were refused: " + report);
                }
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Unreadable key report", e);
            }
            return null;
        })).replaceWithVoid();
    }

    private static AgreementRequest agreement(Scenario scenario) {
        return new AgreementRequest(null, "Scénario " + scenario.name(), null, scenario.keyType(), scenario.start(),
                scenario.anniversaryDay(), null, null, null, false, SCENARIO_PMO);
    }
}
