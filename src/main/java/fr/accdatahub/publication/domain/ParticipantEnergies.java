package fr.accdatahub.publication.domain;

import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calendar.TimeClass;
import fr.accdatahub.publication.domain.EnergyView.Block;
import fr.accdatahub.publication.domain.EnergyView.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
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

    /** A participant's quantities per distributor class, the dependent one derived. */
    public static Map<Quantity, BigDecimal[]> classes(PublishedRange data, String usagePointId, Role role) {
        int[] minutes = new int[data.steps.length];
        for (int s = 0; s < minutes.length; s++) {
            minutes[s] = data.minutes(s);
        }
        TimeClass.OffPeak offPeak = data.offPeak.get(usagePointId);
        Quantity whole = role == Role.CONS ? Quantity.CONS : Quantity.PROD;
        Quantity part = role == Role.CONS ? Quantity.AUTOCONS : Quantity.AUTOPROD;
        Quantity rest = role == Role.CONS ? Quantity.COMPLEMENT : Quantity.SURPLUS;
        BigDecimal[] wholeClasses = Energies.byClass(Series.of(data, whole, usagePointId), data.steps, minutes, offPeak);
        BigDecimal[] partClasses = Energies.byClass(Series.of(data, part, usagePointId), data.steps, minutes, offPeak);
        Map<Quantity, BigDecimal[]> classes = new TreeMap<>();
        classes.put(whole, wholeClasses);
        classes.put(part, partClasses);
        classes.put(rest, Energies.minus(wholeClasses, partClasses));
        return classes;
    }

    /** A quantity in both calendars: the distributor's four classes, the supplier's HP and HC, and their totals. */
    public static List<Block> blocks(Quantity quantity, BigDecimal[] classes) {
        List<Named> distributor = new ArrayList<>();
        for (TimeClass timeClass : TimeClass.values()) {
            distributor.add(new Named(timeClass.name(), classes[timeClass.ordinal()]));
        }
        BigDecimal[] supplier = Energies.supplier(classes);
        return List.of(
                new Block(quantity, "DISTRIB", Energies.total(classes), distributor),
                new Block(quantity, "FOURNISSEUR", Energies.total(supplier),
                        List.of(new Named("HP", supplier[0]), new Named("HC", supplier[1]))));
    }
}
