package fr.accdatahub.publication.domain;

/** Where a published curve's values are: a participant's row of the publication, or an agreement total. */
public final class Series {

    private Series() {
    }

    /** One participant's whole-W curve of {@code quantity}, or null if that quantity is not theirs. */
    public static int[] of(PublishedRange data, Quantity quantity, String usagePointId) {
        Publication values = data.values;
        int consumer = data.consumers.indexOf(usagePointId);
        int producer = data.producers.indexOf(usagePointId);
        return switch (quantity) {
            case CONS -> consumer < 0 ? null : values.consumption[consumer];
            case AUTOCONS -> consumer < 0 ? null : values.autoconsumption[consumer];
            case COMPLEMENT -> consumer < 0 ? null : values.complement[consumer];
            case PROD -> producer < 0 ? null : values.production[producer];
            case AUTOPROD -> producer < 0 ? null : values.autoproduction[producer];
            case SURPLUS -> producer < 0 ? null : values.surplus[producer];
        };
    }

    /** The agreement's total curve of {@code quantity} (Σ autoprod is Σ autocons). */
    public static long[] total(PublishedRange data, Quantity quantity) {
        Publication values = data.values;
        return switch (quantity) {
            case CONS -> values.totalConsumption;
            case AUTOCONS, AUTOPROD -> values.totalAutoconsumption;
            case COMPLEMENT -> values.totalComplement;
            case PROD -> values.totalProduction;
            case SURPLUS -> values.totalSurplus;
        };
    }

    /**
     * Which of a participant's values rest on an estimate: its own meter values for cons and prod; for what the
     * allocation derives (autocons, complement, autoprod, surplus), any meter value of the step, since the allocation
     * couples them all. Null when the quantity is not the participant's.
     */
    public static boolean[] estimated(PublishedRange data, Quantity quantity, String usagePointId) {
        if (of(data, quantity, usagePointId) == null) {
            return null;
        }
        return switch (quantity) {
            case CONS -> data.consumptionEstimated[data.consumers.indexOf(usagePointId)];
            case PROD -> data.productionEstimated[data.producers.indexOf(usagePointId)];
            default -> data.stepEstimated;
        };
    }

    /** Which of the agreement's total values rest on an estimate: any of the values it adds up. */
    public static boolean[] totalEstimated(PublishedRange data, Quantity quantity) {
        return switch (quantity) {
            case CONS -> data.consumptionTotalEstimated;
            case PROD -> data.productionTotalEstimated;
            default -> data.stepEstimated;
        };
    }
}
