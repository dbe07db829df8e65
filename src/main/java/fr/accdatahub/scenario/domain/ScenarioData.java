package fr.accdatahub.scenario.domain;

import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calendar.CalculationPeriod;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.keys.domain.KeySubmissionRequest;
import fr.accdatahub.keys.domain.KeySubmissionRequest.KeyValue;
import fr.accdatahub.keys.domain.KeySubmissionRequest.ProducerKeys;
import fr.accdatahub.keys.domain.KeySubmissionRequest.Step;
import fr.accdatahub.rawcurve.domain.CurveDay;
import fr.accdatahub.rawcurve.domain.CurveType;
import fr.accdatahub.scenario.domain.Scenario.KeysSent;
import fr.accdatahub.scenario.domain.Scenario.Member;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * A scenario's data once its members have PRMs ({@code usagePointIds}, in the members' order): their meter curves and
 * the keys the PMO sends. Plain Java.
 */
public final class ScenarioData {

    /** Keys sent for one period, received at its end (before its deadline, the 4th business day after). */
    public record KeysOfPeriod(Instant receivedAt, KeySubmissionRequest request) {
    }

    private final Scenario scenario;
    private final List<String> usagePointIds;

    public ScenarioData(Scenario scenario, List<String> usagePointIds) {
        if (usagePointIds.size() != scenario.members().size()) {
            throw new IllegalArgumentException("One PRM per member");
        }
        this.scenario = scenario;
        this.usagePointIds = List.copyOf(usagePointIds);
    }

    public String usagePointOf(int member) {
        return usagePointIds.get(member);
    }

    public List<String> usagePoints(Role role) {
        List<String> prms = new ArrayList<>();
        for (int k = 0; k < usagePointIds.size(); k++) {
            if (scenario.members().get(k).role() == role) {
                prms.add(usagePointIds.get(k));
            }
        }
        return prms;
    }

    /** Every member's curve while attached until the scenario's end, but for its late day. */
    public List<CurveDay> curvesOnTime() {
        List<CurveDay> days = new ArrayList<>();
        for (LocalDate day = scenario.start(); day.isBefore(scenario.end()); day = day.plusDays(1)) {
            if (scenario.lateDay() == null || !scenario.lateDay().day().equals(day)) {
                days.addAll(curvesOf(day, Member::watts));
            }
        }
        return days;
    }

    /** The late day's curves, as loaded afterwards; none without one. */
    public List<CurveDay> curvesLate() {
        return Optional.ofNullable(scenario.lateDay())
                .map(late -> curvesOf(late.day(), member -> member.role() == Role.CONS ? late.consumerWatts()
                        : member.watts()))
                .orElse(List.of());
    }

    private List<CurveDay> curvesOf(LocalDate day, ToIntFunction<Member> watts) {
        List<CurveDay> days = new ArrayList<>();
        for (int k = 0; k < usagePointIds.size(); k++) {
            Member member = scenario.members().get(k);
            if (member.attachedOn(day)) {
                Integer[] values = new Integer[StepGrid.METER.stepsIn(day)];
                Arrays.fill(values, watts.applyAsInt(member));
                days.add(new CurveDay(usagePointIds.get(k), member.role() == Role.CONS ? CurveType.CONS
                        : CurveType.PROD, day, values));
            }
        }
        return days;
    }

    /** The keys of every step of each period on the operation's grid, one submission per period. */
    public List<KeysOfPeriod> keys(StepGrid grid) {
        if (scenario.keys() == KeysSent.NONE) {
            return List.of();
        }
        return scenario.calculationPeriods().stream().map(period -> keysOf(period, grid)).toList();
    }

    private KeysOfPeriod keysOf(CalculationPeriod period, StepGrid grid) {
        Instant end = StepGrid.startOf(period.end());
        List<Step> steps = new ArrayList<>();
        for (Instant step : grid.steps(StepGrid.startOf(period.start()), end)) {
            LocalDate day = Paris.day(step);
            Optional<String> producer = firstAttached(Role.PROD, day);
            if (producer.isEmpty()) {
                continue;  // no producer: the agreement is suspended, keys would be refused
            }
            List<KeyValue> keys = new ArrayList<>();
            for (int k = 0; k < usagePointIds.size(); k++) {
                Member member = scenario.members().get(k);
                if (member.role() == Role.CONS && member.attachedOn(day)) {
                    keys.add(new KeyValue(usagePointIds.get(k), member.key()));
                }
            }
            steps.add(scenario.keys() == KeysSent.SIMPLE ? new Step(Paris.local(step), keys, null)
                    : new Step(Paris.local(step), null, List.of(new ProducerKeys(producer.get(), keys))));
        }
        return new KeysOfPeriod(end, new KeySubmissionRequest(scenario.keyType(), steps));
    }

    private Optional<String> firstAttached(Role role, LocalDate day) {
        for (int k = 0; k < usagePointIds.size(); k++) {
            Member member = scenario.members().get(k);
            if (member.role() == role && member.attachedOn(day)) {
                return Optional.of(usagePointIds.get(k));
            }
        }
        return Optional.empty();
    }
}
