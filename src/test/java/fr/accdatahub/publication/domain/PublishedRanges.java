package fr.accdatahub.publication.domain;

import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calculation.domain.Results.DayCurve;
import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.calendar.InstantRange;
import fr.accdatahub.calendar.StepGrid;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A small published range for the publication's tests: 5 November 2024 from 21:00 to 23:00 local, an hour of peak
 * (HPH) then an hour of off-peak (HCH) steps; consumers C1 and C2, producer P1.
 * <pre>
 *            C1 cons  autocons   C2 cons  autocons   P1 prod  autoprod
 * 21:00 HP   1234     600        2000     400        1500     1000
 * 22:00 HC   1000     300        1000     200         500      500
 * </pre>
 */
final class PublishedRanges {

    static final String AGREEMENT = "ACC00000001";
    static final String C1 = "10000000000001";
    static final String C2 = "10000000000002";
    static final String P1 = "20000000000001";
    static final LocalDate DAY = LocalDate.of(2024, 11, 5);
    static final List<Attachment> ATTACHMENTS = List.of(
            new Attachment(C2, Role.CONS, new DatePeriod(LocalDate.of(2024, 9, 1), null), null),
            new Attachment(C1, Role.CONS, new DatePeriod(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 1, 1)), null),
            new Attachment(P1, Role.PROD, new DatePeriod(LocalDate.of(2024, 9, 1), null), null));

    private PublishedRanges() {
    }

    static PublishedRange twoHours() {
        RangeCollector collector = new RangeCollector(AGREEMENT, StepGrid.METER, ATTACHMENTS, new InstantRange(
                OffsetDateTime.parse("2024-11-05T21:00:00+01:00").toInstant(),
                OffsetDateTime.parse("2024-11-05T23:00:00+01:00").toInstant()));
        collector.add(curve(C1, "cons", 1234, 1000));
        collector.add(curve(C1, "autocons", 600, 300));
        collector.add(curve(C2, "cons", 2000, 1000));
        collector.add(curve(C2, "autocons", 400, 200));
        collector.add(curve(P1, "prod", 1500, 500));
        collector.add(curve(P1, "autoprod", 1000, 500));
        return collector.publish(List.of());
    }

    /** A day curve with {@code peak} W from 21:00 to 22:00 and {@code offPeak} W from 22:00 to 23:00. */
    private static DayCurve curve(String prm, String quantity, double peak, double offPeak) {
        Double[] values = new Double[96];
        for (int k = 0; k < 4; k++) {
            values[84 + k] = peak;
            values[88 + k] = offPeak;
        }
        return new DayCurve(prm, quantity, DAY, values, null);
    }
}
