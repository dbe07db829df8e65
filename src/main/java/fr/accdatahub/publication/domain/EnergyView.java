package fr.accdatahub.publication.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.accdatahub.calculation.domain.PublishedVersion;
import fr.accdatahub.calendar.SupplierCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A participant's energies over a range, per calendar and class, with the detail per producer or per consumer, and the
 * versions they were read from.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnergyView(
        String consId,
        String prodId,
        OffsetDateTime start,
        OffsetDateTime end,
        String unit,
        List<Block> quantities,
        List<Detail> byProducer,
        List<Detail> byConsumer,
        List<PublishedVersion.Ref> publications) {

    /**
     * One quantity in one calendar: its classes and their total. A supplier block (FOURNISSEUR) names its calendar,
     * and its days {@code [start, end)} when the consumer's calendar changes within the range (one block a period).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Block(Quantity type, String calendarType, BigDecimal total, List<Named> quantities,
            SupplierCalendar supplierCalendar, LocalDate start, LocalDate end) {
    }

    public record Named(String name, BigDecimal value) {
    }

    /** What one producer gave one consumer (autoconsumed energy), per calendar and class. */
    public record Detail(String usagePointId, List<Block> quantities) {
    }
}
