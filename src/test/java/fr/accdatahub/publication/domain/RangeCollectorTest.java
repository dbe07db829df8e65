package fr.accdatahub.publication.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calculation.domain.Results.DayCurve;
import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.calendar.InstantRange;
import fr.accdatahub.calendar.StepGrid;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RangeCollectorTest {

    private static final String C1 = "10000000000001";
    private static final String C2 = "10000000000002";
    private static final String C3 = "10000000000003";
    private static final String P1 = "20000000000001";
    private static final LocalDate DAY = LocalDate.of(2024, 11, 5);
    /** 21:00 to 22:00 local: the steps 84 to 87 of the day. */
    private static final InstantRange RANGE = new InstantRange(
            OffsetDateTime.parse("2024-11-05T21:00:00+01:00").toInstant(),
            OffsetDateTime.parse("2024-11-05T22:00:00+01:00").toInstant());

    @Test
    void participantsAttachedDuringTheRangeAreListedOnceByAscendingPrm() {
        RangeCollector collector = new RangeCollector("ACC00000001", StepGrid.METER, List.of(
                attachment(C2, Role.CONS, "2024-09-01", null),
                attachment(P1, Role.PROD, "2024-09-01", null),
                attachment(C1, Role.CONS, "2024-09-01", "2024-10-01"),
                attachment(C1, Role.CONS, "2024-10-15", null),
                attachment(C3, Role.CONS, "2024-11-06", null),
                attachment(P1, Role.CONS, "2024-09-01", "2024-11-05")), RANGE);
        PublishedRange data = collector.publish(List.of());
        assertEquals(List.of(C1, C2), data.consumers);
        assertEquals(List.of(P1), data.producers);
        assertEquals(4, data.steps.length);
        assertEquals("2024-11-05T21:00:00+01:00", data.stepLabels[0]);
    }

    @Test
    void stepsWithoutAValueStayAbsent() {
        RangeCollector collector = collector();
        collector.add(curve(C1, "cons", new Double[] {1000.4, null, 999.6, 1000.0}, null));
        collector.add(curve(C1, "autocons", new Double[] {600.0, null, 600.0, 600.0}, null));
        collector.add(curve(P1, "prod", new Double[] {1500.0, 1500.0, 1500.0, 1500.0}, null));
        collector.add(curve(P1, "autoprod", new Double[] {600.0, 0.0, 600.0, 600.0}, null));
        Publication values = collector.publish(List.of()).values;
        assertArrayEquals(new int[] {1000, Publication.ABSENT, 1000, 1000}, values.consumption[0]);
        assertArrayEquals(new int[] {600, Publication.ABSENT, 600, 600}, values.autoconsumption[0]);
        assertArrayEquals(new int[] {Publication.ABSENT, Publication.ABSENT, Publication.ABSENT,
            Publication.ABSENT}, values.consumption[1]);
        assertArrayEquals(new int[] {900, 1500, 900, 900}, values.surplus[0]);
    }

    @Test
    void estimatedMarksAreKeptForConsAndProdOnly() {
        RangeCollector collector = collector();
        Boolean[] marks = {true, false, null, true};
        collector.add(curve(C2, "cons", new Double[] {1.0, 1.0, 1.0, 1.0}, marks));
        collector.add(curve(C1, "autocons", new Double[] {1.0, 1.0, 1.0, 1.0}, marks));
        collector.add(curve(P1, "prod", new Double[] {1.0, 1.0, 1.0, 1.0}, new Boolean[] {false, true, false, false}));
        collector.add(curve(P1, "autoprod", new Double[] {1.0, 1.0, 1.0, 1.0}, marks));
        PublishedRange data = collector.publish(List.of());
        assertArrayEquals(new boolean[] {false, false, false, false}, data.consumptionEstimated[0]);
        assertArrayEquals(new boolean[] {true, false, false, true}, data.consumptionEstimated[1]);
        assertArrayEquals(new boolean[] {false, true, false, false}, data.productionEstimated[0]);
    }

    @Test
    void curvesOfOtherQuantitiesParticipantsOrDaysAreIgnored() {
        RangeCollector collector = collector();
        collector.add(curve(C1, "cons", new Double[] {10.0, 10.0, 10.0, 10.0}, null));
        collector.add(curve(C1, "complement", new Double[] {99.0, 99.0, 99.0, 99.0}, null));
        collector.add(curve(C3, "cons", new Double[] {99.0, 99.0, 99.0, 99.0}, null));
        collector.add(curve(P1, "cons", new Double[] {99.0, 99.0, 99.0, 99.0}, null));
        collector.add(new DayCurve(C1, "cons", DAY.plusDays(1), new Double[] {99.0, 99.0, 99.0, 99.0}, null));
        PublishedRange data = collector.publish(List.of());
        assertArrayEquals(new int[] {10, 10, 10, 10}, data.values.consumption[0]);
        assertEquals(List.of(C1, C2), data.consumers);
    }

    private static RangeCollector collector() {
        return new RangeCollector("ACC00000001", StepGrid.METER, List.of(
                attachment(C1, Role.CONS, "2024-09-01", null),
                attachment(C2, Role.CONS, "2024-09-01", null),
                attachment(P1, Role.PROD, "2024-09-01", null)), RANGE);
    }

    /** A day curve whose steps 84 to 87 (21:00 to 22:00) hold {@code values}, the rest of the day null. */
    private static DayCurve curve(String prm, String quantity, Double[] values, Boolean[] estimated) {
        Double[] day = new Double[96];
        Boolean[] marks = estimated == null ? null : new Boolean[96];
        for (int k = 0; k < values.length; k++) {
            day[84 + k] = values[k];
            if (marks != null) {
                marks[84 + k] = estimated[k];
            }
        }
        day[10] = 77.0;
        return new DayCurve(prm, quantity, DAY, day, marks);
    }

    private static Attachment attachment(String prm, Role role, String start, String end) {
        return new Attachment(prm, role,
                new DatePeriod(LocalDate.parse(start), end == null ? null : LocalDate.parse(end)), null);
    }
}
