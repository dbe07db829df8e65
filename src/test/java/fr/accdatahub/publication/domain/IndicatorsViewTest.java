package fr.accdatahub.publication.domain;

import static fr.accdatahub.publication.domain.PublishedRanges.C1;
import static fr.accdatahub.publication.domain.PublishedRanges.C2;
import static fr.accdatahub.publication.domain.PublishedRanges.DAY;
import static fr.accdatahub.publication.domain.PublishedRanges.P1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calculation.domain.Results.DayCurve;
import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.calendar.InstantRange;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.calendar.SupplierCalendar;
import fr.accdatahub.publication.domain.IndicatorsView.Participant;
import fr.accdatahub.publication.domain.IndicatorsView.SupplierFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorsViewTest {

    @Test
    void theAgreementsTotalsAddUpToTheCent() {
        IndicatorsView view = IndicatorsView.of(PublishedRanges.twoHours());
        assertEquals("ACC00000001", view.agreementId());
        assertEquals(OffsetDateTime.parse("2024-11-05T21:00:00+01:00"), view.start());
        assertEquals(OffsetDateTime.parse("2024-11-05T23:00:00+01:00"), view.end());
        assertEquals("kWh", view.unit());
        assertEquals(new BigDecimal("5.23"), view.consumption());
        assertEquals(new BigDecimal("2.00"), view.production());
        assertEquals(new BigDecimal("1.50"), view.autoconsumption());
        assertEquals(new BigDecimal("3.73"), view.complement());
        assertEquals(new BigDecimal("0.50"), view.surplus());
        assertEquals(view.consumption(), view.autoconsumption().add(view.complement()));
    }

    @Test
    void ratesHaveFourDecimals() {
        IndicatorsView view = IndicatorsView.of(PublishedRanges.twoHours());
        assertEquals(new BigDecimal("0.7500"), view.autoconsumptionRate());
        assertEquals(new BigDecimal("0.2868"), view.autoproductionRate());
    }

    @Test
    void eachParticipantHasItsOwnFiguresAndRate() {
        List<Participant> participants = IndicatorsView.of(PublishedRanges.twoHours()).participants();
        assertEquals(List.of(
                new Participant(C1, "cons", new BigDecimal("2.23"), new BigDecimal("0.90"), new BigDecimal("1.33"),
                        null, null, null, new BigDecimal("0.4036"), List.of(new SupplierFigures(DAY, DAY.plusDays(1),
                                SupplierCalendar.HP_HC, new BigDecimal("2.23"), new BigDecimal("0.90"),
                                new BigDecimal("1.33")))),
                new Participant(C2, "cons", new BigDecimal("3.00"), new BigDecimal("0.60"), new BigDecimal("2.40"),
                        null, null, null, new BigDecimal("0.2000"), List.of(new SupplierFigures(DAY, DAY.plusDays(1),
                                SupplierCalendar.HP_HC, new BigDecimal("3.00"), new BigDecimal("0.60"),
                                new BigDecimal("2.40")))),
                new Participant(P1, "prod", null, null, null, new BigDecimal("2.00"), new BigDecimal("1.50"),
                        new BigDecimal("0.50"), new BigDecimal("0.7500"), null)), participants);
    }

    @Test
    void aRateIsNullWhenItsDenominatorIsZero() {
        RangeCollector collector = new RangeCollector("ACC00000001", StepGrid.METER, List.of(
                new Attachment(C1, Role.CONS, new DatePeriod(LocalDate.of(2024, 9, 1), null), null),
                new Attachment(P1, Role.PROD, new DatePeriod(LocalDate.of(2024, 9, 1), null), null)),
                new InstantRange(OffsetDateTime.parse("2024-11-05T21:00:00+01:00").toInstant(),
                        OffsetDateTime.parse("2024-11-05T21:15:00+01:00").toInstant()));
        collector.add(curve(C1, "cons", 400.0));
        collector.add(curve(C1, "autocons", 0.0));
        collector.add(curve(P1, "prod", 0.0));
        collector.add(curve(P1, "autoprod", 0.0));
        IndicatorsView view = IndicatorsView.of(collector.publish(List.of()));
        assertEquals(new BigDecimal("0.10"), view.consumption());
        assertEquals(new BigDecimal("0.00"), view.production());
        assertNull(view.autoconsumptionRate());
        assertEquals(new BigDecimal("0.0000"), view.autoproductionRate());
        assertNull(view.participants().get(1).rate());
    }

    private static DayCurve curve(String prm, String quantity, double watts) {
        Double[] values = new Double[96];
        values[84] = watts;
        return new DayCurve(prm, quantity, LocalDate.of(2024, 11, 5), values, null);
    }
}
