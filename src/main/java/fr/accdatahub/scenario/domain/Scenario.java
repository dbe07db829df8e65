package fr.accdatahub.scenario.domain;

import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calendar.CalculationPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A sandbox scenario: an operation whose published results are known in advance, so that PMO software can compare its
 * own figures with them. Every meter draws or injects a constant power, so that each figure is a product a person can
 * check (a 15-minute step of 500 W is 125 Wh). Plain Java.
 *
 * @param periods  the number of calculation periods computed and published, from {@code start}
 * @param keys     which keys are sent, in time, for every step of those periods
 * @param lateDay  a day of every curve missing at the first publication, loaded afterwards and republished
 */
public record Scenario(String name, String description, KeyType keyType, LocalDate start, int anniversaryDay,
        int periods, List<Member> members, KeysSent keys, LateDay lateDay) {

    public Scenario {
        members = List.copyOf(members);
    }

    /** The keys the PMO sends before each period's deadline. */
    public enum KeysSent {
        /** None: STATIC and DEFAULT agreements. */
        NONE,
        /** SIMPLE: every consumer attached at the step, with its {@link Member#key()}. */
        SIMPLE,
        /** FULL: the first producer's keys only; the others have none. */
        FULL_FIRST_PRODUCER_ONLY
    }

    /**
     * A participant: attached from {@code from} until {@code until} (exclusive, null when open), drawing (consumer) or
     * injecting (producer) {@code watts} at every step; {@code key} is its SIMPLE or FULL coefficient, or its STATIC one.
     */
    public record Member(Role role, String name, LocalDate from, LocalDate until, int watts, BigDecimal key) {

        public boolean attachedOn(LocalDate day) {
            return !day.isBefore(from) && (until == null || day.isBefore(until));
        }
    }

    /** A day missing from every curve at first, then loaded with the consumers drawing {@code consumerWatts}. */
    public record LateDay(LocalDate day, int consumerWatts) {
    }

    /** The calculation periods the scenario publishes. */
    public List<CalculationPeriod> calculationPeriods() {
        List<CalculationPeriod> list = new ArrayList<>();
        LocalDate day = start;
        for (int k = 0; k < periods; k++) {
            CalculationPeriod period = CalculationPeriod.containing(day, start, anniversaryDay);
            list.add(period);
            day = period.end();
        }
        return list;
    }

    /** The day after the last published period: curves are loaded until then. */
    public LocalDate end() {
        return calculationPeriods().getLast().end();
    }
}
