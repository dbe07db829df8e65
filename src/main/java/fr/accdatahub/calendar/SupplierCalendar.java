package fr.accdatahub.calendar;

import java.util.List;

/**
 * A consumer's supplier calendar (calendrier fournisseur): the classes its supplier bills, each a set of the
 * distributor's four classes ({@link TimeClass}, whose off-peak hours are the attachment's).
 */
public enum SupplierCalendar {
    /** One class. */
    BASE(List.of("BASE"), List.of(TimeClass.values())),
    /** Peak and off-peak hours. */
    HP_HC(List.of("HP", "HC"), List.of(TimeClass.HPH, TimeClass.HPB), List.of(TimeClass.HCH, TimeClass.HCB)),
    /** The four seasonal classes, as the distributor's. */
    SEASONAL(List.of("HPH", "HCH", "HPB", "HCB"), List.of(TimeClass.HPH), List.of(TimeClass.HCH),
            List.of(TimeClass.HPB), List.of(TimeClass.HCB));

    /** Without a calendar given: peak and off-peak hours. */
    public static final SupplierCalendar DEFAULT = HP_HC;

    private final List<String> names;
    private final List<List<TimeClass>> classes;

    @SafeVarargs
    SupplierCalendar(List<String> names, List<TimeClass>... classes) {
        this.names = names;
        this.classes = List.of(classes);
    }

    /** The names of its classes, in order. */
    public List<String> names() {
        return names;
    }

    /** The distributor classes that make up each of its classes, in order. */
    public List<List<TimeClass>> classes() {
        return classes;
    }
}
