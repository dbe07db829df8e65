package fr.accdatahub.measure;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The operation's indicators over a range, in kWh: totals (complement and surplus derived, so that
 * {@code consumption = autoconsumption + complement} and {@code production = autoconsumption + surplus} to the cent;
 * the producers' own surpluses may add up to a few cents more or less), taux d'autoconsommation (Σ autocons / Σ prod) and taux
 * d'autoproduction (Σ autocons / Σ cons), as fractions with 4 decimals (null when the denominator is 0); and per
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
        List<Participant> participants) {

    /** A consumer's cons, autocons, complement and autoproduction rate; a producer's prod, autoprod, surplus, rate. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Participant(String usagePointId, String role, BigDecimal consumption, BigDecimal autoconsumption,
            BigDecimal complement, BigDecimal production, BigDecimal autoproduction, BigDecimal surplus,
            BigDecimal rate) {
    }
}
