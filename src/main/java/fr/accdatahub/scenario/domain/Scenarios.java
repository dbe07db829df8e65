package fr.accdatahub.scenario.domain;

import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.failure.NotFound;
import fr.accdatahub.scenario.domain.Scenario.KeysSent;
import fr.accdatahub.scenario.domain.Scenario.LateDay;
import fr.accdatahub.scenario.domain.Scenario.Member;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenarios the sandbox makes, each with the figures it publishes. Unless a scenario says otherwise, two producers
 * inject 1,200 W and 800 W and four consumers draw 600 W each; with SIMPLE keys of 25 % each, a consumer receives
 * 500 W (2,000 W × 25 %) and draws its other 100 W from its supplier: 12.00 kWh self-consumed and 2.40 kWh of
 * complement on a 24-hour day, nothing left as surplus. Plain Java.
 */
public final class Scenarios {

    private static final BigDecimal QUARTER = new BigDecimal("25");

    public static final List<Scenario> ALL = List.of(
            new Scenario("dst-march", "DYNAMIC_SIMPLE, March 2025, the 92-step day 2025-03-30 (clocks go forward): "
                    + "each consumer self-consumes 11.50 kWh that day (23 h at 500 W) and 371.50 kWh over the period "
                    + "[2025-03-01, 2025-04-01).", KeyType.DYNAMIC_SIMPLE, LocalDate.of(2025, 3, 1), 1, 1,
                    usual(LocalDate.of(2025, 3, 1)), KeysSent.SIMPLE, null),
            new Scenario("dst-october", "DYNAMIC_SIMPLE, October 2025, the 100-step day 2025-10-26 (clocks go back): "
                    + "each consumer self-consumes 12.50 kWh that day (25 h at 500 W) and 372.50 kWh over the period "
                    + "[2025-10-01, 2025-11-01).", KeyType.DYNAMIC_SIMPLE, LocalDate.of(2025, 10, 1), 1, 1,
                    usual(LocalDate.of(2025, 10, 1)), KeysSent.SIMPLE, null),
            new Scenario("step-switch", "DYNAMIC_SIMPLE from 2024-09-15, anniversary 15: meters count 15-minute steps "
                    + "from 2024-10-01, but the period [2024-09-15, 2024-10-15) is computed, keyed and published in "
                    + "30-minute steps (48 a day); the next one, [2024-10-15, 2024-11-15), in 15-minute steps. Each "
                    + "consumer self-consumes 360.00 kWh, then 372.50 kWh (2024-10-27 has 25 hours).", KeyType.DYNAMIC_SIMPLE,
                    LocalDate.of(2024, 9, 15), 15, 2, usual(LocalDate.of(2024, 9, 15)), KeysSent.SIMPLE, null),
            new Scenario("mid-month-entry-exit", "DYNAMIC_SIMPLE, May 2025: the fourth consumer enters on 2025-05-11, "
                    + "the third leaves on 2025-05-21 (its last day the 20th). Keys of 25 % name the consumers attached "
                    + "at each step: the third self-consumes 240.00 kWh (20 days), the fourth 252.00 kWh (21 days), "
                    + "the others 372.00 kWh; while three consumers are attached 500 W are surplus: 252.00 kWh.",
                    KeyType.DYNAMIC_SIMPLE, LocalDate.of(2025, 5, 1), 1, 1, entryAndExit(), KeysSent.SIMPLE, null),
            new Scenario("static-keys", "STATIC, July 2025, coefficients 40, 30, 20 and 10 %: the consumers receive "
                    + "800, 600, 400 and 200 W; the first draws only 600 W, its other 200 W are surplus. Over the period "
                    + "[2025-07-01, 2025-08-01): 446.40, 446.40, 297.60 and 148.80 kWh self-consumed, 148.80 kWh of "
                    + "surplus.", KeyType.STATIC, LocalDate.of(2025, 7, 1), 1, 1, staticKeys(), KeysSent.NONE, null),
            new Scenario("full-partial", "DYNAMIC_FULL, June 2025: keys of 25 % are sent for the first producer "
                    + "(1,200 W) only; the second (800 W) has none, so its whole production is surplus (§4.4.2.2). Each "
                    + "consumer self-consumes 216.00 kWh (300 W) over the period [2025-06-01, 2025-07-01), the second "
                    + "producer's 576.00 kWh are surplus.", KeyType.DYNAMIC_FULL, LocalDate.of(2025, 6, 1), 1, 1,
                    usual(LocalDate.of(2025, 6, 1)), KeysSent.FULL_FIRST_PRODUCER_ONLY, null),
            new Scenario("late-and-corrected-data", "DYNAMIC_SIMPLE, August 2025: every curve of 2025-08-14 is missing "
                    + "at the first publication (version 1), estimated from a week before (§5.2.3); the day is loaded "
                    + "afterwards, the consumers having drawn 300 W, and the period is republished as version 2. Each "
                    + "consumer self-consumes 372.00 kWh in version 1, 367.20 kWh in version 2 (7.20 kWh on the 14th).",
                    KeyType.DYNAMIC_SIMPLE, LocalDate.of(2025, 8, 1), 1, 1, usual(LocalDate.of(2025, 8, 1)),
                    KeysSent.SIMPLE, new LateDay(LocalDate.of(2025, 8, 14), 300)),
            new Scenario("suspended", "DYNAMIC_SIMPLE, September 2025, one producer of 2,000 W that leaves on "
                    + "2025-09-16: the agreement is SUSPENDED from that day (no producer), keys are sent until then. "
                    + "Each consumer self-consumes 180.00 kWh (15 days) and draws 252.00 kWh of complement over the "
                    + "period [2025-09-01, 2025-10-01).", KeyType.DYNAMIC_SIMPLE, LocalDate.of(2025, 9, 1), 1, 1,
                    lastProducerLeaves(), KeysSent.SIMPLE, null),
            new Scenario("large", "DEFAULT keys (prorata of consumption), November 2025, 500 consumers of 600 W and 5 "
                    + "producers of 20,000 W: each consumer receives 200 W, 144.00 kWh self-consumed and 288.00 kWh of "
                    + "complement over the period [2025-11-01, 2025-12-01); nothing is surplus.", KeyType.DEFAULT,
                    LocalDate.of(2025, 11, 1), 1, 1, large(), KeysSent.NONE, null));

    private Scenarios() {
    }

    /** The scenario of that name: a 404 for another. */
    public static Scenario named(String name) {
        return ALL.stream().filter(scenario -> scenario.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFound("No scenario named '" + name + "'; GET /operator/v1/scenarios lists "
                        + "them"));
    }

    /** The usual perimeter: producers of 1,200 and 800 W, four consumers of 600 W keyed at 25 %. */
    private static List<Member> usual(LocalDate from) {
        List<Member> members = new ArrayList<>();
        members.add(new Member(Role.PROD, "Producteur 1", from, null, 1_200, null));
        members.add(new Member(Role.PROD, "Producteur 2", from, null, 800, null));
        for (int k = 1; k <= 4; k++) {
            members.add(new Member(Role.CONS, "Consommateur " + k, from, null, 600, QUARTER));
        }
        return members;
    }

    private static List<Member> entryAndExit() {
        List<Member> members = new ArrayList<>(usual(LocalDate.of(2025, 5, 1)));
        members.set(4, new Member(Role.CONS, "Consommateur 3", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 21),
                600, QUARTER));
        members.set(5, new Member(Role.CONS, "Consommateur 4", LocalDate.of(2025, 5, 11), null, 600, QUARTER));
        return members;
    }

    private static List<Member> staticKeys() {
        LocalDate from = LocalDate.of(2025, 7, 1);
        List<Member> members = new ArrayList<>(usual(from).subList(0, 2));
        int[] coefficients = {40, 30, 20, 10};
        for (int k = 0; k < coefficients.length; k++) {
            members.add(new Member(Role.CONS, "Consommateur " + (k + 1), from, null, 600,
                    BigDecimal.valueOf(coefficients[k])));
        }
        return members;
    }

    private static List<Member> lastProducerLeaves() {
        LocalDate from = LocalDate.of(2025, 9, 1);
        List<Member> members = new ArrayList<>(usual(from).subList(2, 6));
        members.addFirst(new Member(Role.PROD, "Producteur 1", from, LocalDate.of(2025, 9, 16), 2_000, null));
        return members;
    }

    private static List<Member> large() {
        LocalDate from = LocalDate.of(2025, 11, 1);
        List<Member> members = new ArrayList<>();
        for (int k = 1; k <= 5; k++) {
            members.add(new Member(Role.PROD, "Producteur " + k, from, null, 20_000, null));
        }
        for (int k = 1; k <= 500; k++) {
            members.add(new Member(Role.CONS, "Consommateur " + k, from, null, 600, null));
        }
        return members;
    }
}
