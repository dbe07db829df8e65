package fr.accdatahub.publication.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calculation.domain.PublishedVersion;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.calendar.SupplierCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The operation's indicators over a range, in kWh: totals (complement and surplus derived, so that
 * {@code consumption = autoconsumption + complement} and {@code production = autoconsumption + surplus} to the cent;
 * the producers' own surpluses may add up to a few cents more or less), taux d'autoconsommation (Σ autocons / Σ prod) and taux
 * d'autoproduction (Σ autocons / Σ cons) and taux de couverture (Σ prod / Σ cons, above 1 when the operation produces
 * more than it consumes), as fractions with 4 decimals (null when the denominator is 0); and per
 * participant the same figures.
 */
public record IndicatorsView(
        String agreementId,
        OffsetDateTime start,
        OffsetDateTime end,
        String unit,
        BigDecimal consumption,
        BigDecimal production,
        BigDecimal autoconsumption,
        BigDecimal complement,
        BigDecimal surplus,
        BigDecimal autoconsumptionRate,
        BigDecimal autoproductionRate,
        BigDecimal coverageRate,
        List<Participant> participants,
        List<PublishedVersion.Ref> publications) {

    /** The indicators of a published range. */
    public static IndicatorsView of(PublishedRange data) {
        List<Participant> participants = new ArrayList<>();
        BigDecimal cons = BigDecimal.ZERO.setScale(2);
        BigDecimal autocons = cons;
        BigDecimal prod = cons;
        for (String id : data.consumers) {
            Map<Quantity, BigDecimal[]> classes = ParticipantEnergies.classes(data, id, Role.CONS);
            BigDecimal c = Energies.total(classes.get(Quantity.CONS));
            BigDecimal a = Energies.total(classes.get(Quantity.AUTOCONS));
            participants.add(new Participant(id, Role.CONS.code(), c, a, c.subtract(a), null, null, null, rate(a, c),
                    supplierPeriods(data, id)));
            cons = cons.add(c);
            autocons = autocons.add(a);
        }
        for (String id : data.producers) {
            Map<Quantity, BigDecimal[]> classes = ParticipantEnergies.classes(data, id, Role.PROD);
            BigDecimal p = Energies.total(classes.get(Quantity.PROD));
            BigDecimal a = Energies.total(classes.get(Quantity.AUTOPROD));
            participants.add(new Participant(id, Role.PROD.code(), null, null, null, p, a, p.subtract(a), rate(a, p),
                    null));
            prod = prod.add(p);
        }
        return new IndicatorsView(data.agreementId, Paris.local(data.range.start()), Paris.local(data.range.end()),
                "kWh", cons, prod, autocons, cons.subtract(autocons), prod.subtract(autocons), rate(autocons, prod),
                rate(autocons, cons), rate(prod, cons), participants, data.publications);
    }

    private static BigDecimal rate(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, 4, RoundingMode.HALF_UP);
    }

    /**
     * A consumer's cons, autocons, complement and autoproduction rate, and the same split by its supplier periods; a
     * producer's prod, autoprod, surplus, rate.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Participant(String usagePointId, String role, BigDecimal consumption, BigDecimal autoconsumption,
            BigDecimal complement, BigDecimal production, BigDecimal autoproduction, BigDecimal surplus,
            BigDecimal rate, List<SupplierFigures> supplierPeriods) {
    }

    /** A consumer's figures over one of its supplier periods {@code [start, end)} (each class rounded on its own). */
    public record SupplierFigures(LocalDate start, LocalDate end, SupplierCalendar supplierCalendar,
            BigDecimal consumption, BigDecimal autoconsumption, BigDecimal complement) {
    }

    private static List<SupplierFigures> supplierPeriods(PublishedRange data, String consumer) {
        List<SupplierFigures> figures = new ArrayList<>();
        for (SupplierPeriod period : data.supplierPeriods.getOrDefault(consumer, List.of())) {
            int[] range = data.stepRange(period.start(), period.end());
            Map<Quantity, BigDecimal[]> classes = ParticipantEnergies.classes(data, consumer, Role.CONS, range[0],
                    range[1]);
            BigDecimal c = Energies.total(classes.get(Quantity.CONS));
            BigDecimal a = Energies.total(classes.get(Quantity.AUTOCONS));
            figures.add(new SupplierFigures(period.start(), period.end(), period.calendar(), c, a, c.subtract(a)));
        }
        return figures;
    }
}
