package fr.accdatahub.publication.domain;

import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calendar.LocalSteps;
import fr.accdatahub.calendar.SupplierCalendar;
import fr.accdatahub.calendar.TimeClass;
import fr.accdatahub.publication.domain.EnergyView.Block;
import fr.accdatahub.publication.domain.EnergyView.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A participant's energies from its published curves: its whole and autoconsumed quantities per distributor class,
 * the dependent one derived, and the blocks the API shows them in (distributor and supplier calendars). Plain Java.
 */
public final class ParticipantEnergies {

    private ParticipantEnergies() {
    }

    /** A participant's quantities per distributor class over the range, the dependent one derived. */
    public static Map<Quantity, BigDecimal[]> classes(PublishedRange data, String usagePointId, Role role) {
        return classes(data, usagePointId, role, 0, data.steps.length);
    }

    /** A participant's quantities per distributor class over the steps {@code [from, to)}. */
    static Map<Quantity, BigDecimal[]> classes(PublishedRange data, String usagePointId, Role role, int from, int to) {
        return classes(role, wattMinutes(data, role == Role.CONS ? Quantity.CONS : Quantity.PROD, usagePointId, from,
                to), wattMinutes(data, role == Role.CONS ? Quantity.AUTOCONS : Quantity.AUTOPROD, usagePointId, from,
                to));
    }

    /**
     * A participant's quantities per distributor class, from its whole quantity (cons or prod) and its part
     * (autocons or autoprod) in W·min per class: each rounded once, the dependent one their difference.
     */
    public static Map<Quantity, BigDecimal[]> classes(Role role, long[] wholeWattMinutes, long[] partWattMinutes) {
        BigDecimal[] whole = Energies.kwh(wholeWattMinutes);
        BigDecimal[] part = Energies.kwh(partWattMinutes);
        Map<Quantity, BigDecimal[]> classes = new TreeMap<>();
        classes.put(role == Role.CONS ? Quantity.CONS : Quantity.PROD, whole);
        classes.put(role == Role.CONS ? Quantity.AUTOCONS : Quantity.AUTOPROD, part);
        classes.put(role == Role.CONS ? Quantity.COMPLEMENT : Quantity.SURPLUS, Energies.minus(whole, part));
        return classes;
    }

    /** A participant's published quantity over the steps {@code [from, to)}, in W·min per distributor class. */
    static long[] wattMinutes(PublishedRange data, Quantity quantity, String usagePointId, int from, int to) {
        LocalSteps steps = data.localSteps.slice(from, to);
        int[] minutes = new int[steps.size()];
        for (int s = 0; s < minutes.length; s++) {
            minutes[s] = data.minutes(from + s);
        }
        return Energies.wattMinutes(Arrays.copyOfRange(Series.of(data, quantity, usagePointId), from, to), steps,
                minutes, data.offPeak.get(usagePointId));
    }

    /**
     * A participant's quantity in both calendars: the distributor's four classes, and its supplier's (a consumer's
     * calendar, HP/HC for the others) over the range, or one supplier block per period when the consumer's calendar
     * changes within it (each period's classes rounded on their own).
     */
    public static List<Block> blocks(PublishedRange data, String usagePointId, Role role, Quantity quantity,
            Map<Quantity, BigDecimal[]> classes) {
        return blocks(ParticipantRange.ofCurves(data, usagePointId, role), quantity, classes);
    }

    /** The same blocks, from wherever the participant's energies are read. */
    public static List<Block> blocks(ParticipantRange participant, Quantity quantity,
            Map<Quantity, BigDecimal[]> classes) {
        List<SupplierPeriod> periods = participant.supplierPeriods();
        List<Block> blocks = new ArrayList<>();
        blocks.add(distributor(quantity, classes.get(quantity)));
        if (periods.size() <= 1) {
            blocks.add(supplier(quantity, classes.get(quantity),
                    periods.isEmpty() ? SupplierCalendar.DEFAULT : periods.get(0).calendar(), null));
        } else {
            for (SupplierPeriod period : periods) {
                blocks.add(supplier(quantity, participant.sums().over(period.start(), period.end()).get(quantity),
                        period.calendar(), period));
            }
        }
        return blocks;
    }

    /** A quantity in the distributor's calendar and the default supplier calendar (HP/HC). */
    public static List<Block> blocks(Quantity quantity, BigDecimal[] classes) {
        return List.of(distributor(quantity, classes), supplier(quantity, classes, SupplierCalendar.DEFAULT, null));
    }

    /** A supplier's classes by name, summed over a participant's supplier blocks (for the ENERGIE file). */
    public static Map<String, BigDecimal> supplierTotals(List<Block> blocks) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        blocks.stream().filter(block -> block.supplierCalendar() != null)
                .forEach(block -> block.quantities().forEach(named -> totals.merge(named.name(), named.value(),
                        BigDecimal::add)));
        return totals;
    }

    private static Block distributor(Quantity quantity, BigDecimal[] classes) {
        List<Named> distributor = new ArrayList<>();
        for (TimeClass timeClass : TimeClass.values()) {
            distributor.add(new Named(timeClass.name(), classes[timeClass.ordinal()]));
        }
        return new Block(quantity, "DISTRIB", Energies.total(classes), distributor, null, null, null);
    }

    private static Block supplier(Quantity quantity, BigDecimal[] classes, SupplierCalendar calendar,
            SupplierPeriod period) {
        BigDecimal[] supplier = Energies.supplier(classes, calendar);
        List<Named> named = new ArrayList<>();
        for (int k = 0; k < supplier.length; k++) {
            named.add(new Named(calendar.names().get(k), supplier[k]));
        }
        return new Block(quantity, "FOURNISSEUR", Energies.total(supplier), named, calendar,
                period == null ? null : period.start(), period == null ? null : period.end());
    }
}
