package fr.accdatahub.agreement.domain;

import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.calendar.History;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The status an agreement is in on each day (§8.5, §8.6): the operator's decision, which is ACTIVE unless the
 * operator suspended or terminated it; an ACTIVE decision makes the agreement ACTIVE only on days its perimeter holds
 * a producer and a consumer, and SUSPENDED on the others. So a new agreement becomes ACTIVE by itself from the first
 * day it is complete, an exit that leaves no producer or no consumer suspends it from that day, and an entry that
 * completes it again reactivates it from its own. Plain Java.
 */
public final class Lifecycle {

    private Lifecycle() {
    }

    /** The statuses in force day by day, from the operator's decisions and the perimeter. */
    public static History<AgreementStatus> statuses(History<AgreementStatus> decisions, List<Attachment> attachments) {
        return statuses(decisions, periods(attachments, Role.CONS), periods(attachments, Role.PROD));
    }

    /** The statuses in force day by day, from the operator's decisions and the days consumers and producers are in. */
    public static History<AgreementStatus> statuses(History<AgreementStatus> decisions, List<DatePeriod> consumers,
            List<DatePeriod> producers) {
        LocalDate start = decisions.start();
        TreeSet<LocalDate> changes = new TreeSet<>();
        decisions.versions().forEach(version -> changes.add(version.period().start()));
        for (DatePeriod period : concat(consumers, producers)) {
            changes.add(period.start());
            if (period.end() != null) {
                changes.add(period.end());
            }
        }
        History<AgreementStatus> statuses = History.from(start, status(start, decisions, consumers, producers));
        for (LocalDate day : changes.tailSet(start, false)) {
            statuses = statuses.change(day, status(day, decisions, consumers, producers));
        }
        return statuses;
    }

    private static AgreementStatus status(LocalDate day, History<AgreementStatus> decisions,
            List<DatePeriod> consumers, List<DatePeriod> producers) {
        AgreementStatus decided = decisions.at(day);
        if (decided != AgreementStatus.ACTIVE) {
            return decided;
        }
        boolean complete = consumers.stream().anyMatch(p -> p.contains(day))
                && producers.stream().anyMatch(p -> p.contains(day));
        return complete ? AgreementStatus.ACTIVE : AgreementStatus.SUSPENDED;
    }

    private static List<DatePeriod> periods(List<Attachment> attachments, Role role) {
        return attachments.stream().filter(a -> a.role() == role).map(Attachment::period).toList();
    }

    private static List<DatePeriod> concat(List<DatePeriod> first, List<DatePeriod> second) {
        List<DatePeriod> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }
}
