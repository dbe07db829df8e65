package fr.accdatahub.publication.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calculation.domain.Results.PairEnergy;
import fr.accdatahub.publication.domain.EnergyView.Block;
import fr.accdatahub.publication.domain.EnergyView.Detail;
import fr.accdatahub.publication.domain.EnergyView.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetailsTest {

    private static final LocalDate OCTOBER = LocalDate.of(2024, 10, 1);
    private static final LocalDate NOVEMBER = LocalDate.of(2024, 11, 1);
    private static final LocalDate DECEMBER = LocalDate.of(2024, 12, 1);
    private static final String P1 = "20000000000001";
    private static final String P2 = "20000000000002";

    @Test
    void energiesAddUpPerOtherParticipantAndClassAcrossPeriodsThenRoundOnce() {
        List<Detail> details = Details.of(List.of(
                pair(NOVEMBER, DECEMBER, P2, "HPH", 1000),
                pair(OCTOBER, NOVEMBER, P1, "HPH", 5),
                pair(NOVEMBER, DECEMBER, P1, "HPH", 5),
                pair(NOVEMBER, DECEMBER, P1, "HCB", 2345.5)), OCTOBER, DECEMBER, Role.CONS);
        assertEquals(List.of(P1, P2), details.stream().map(Detail::usagePointId).toList());
        Block distributor = details.get(0).quantities().get(0);
        assertEquals(Quantity.AUTOCONS, distributor.type());
        assertEquals("DISTRIB", distributor.calendarType());
        assertEquals(List.of(new Named("HPH", new BigDecimal("0.01")), new Named("HCH", new BigDecimal("0.00")),
                new Named("HPB", new BigDecimal("0.00")), new Named("HCB", new BigDecimal("2.35"))),
                distributor.quantities());
        assertEquals(new BigDecimal("2.36"), distributor.total());
        Block supplier = details.get(0).quantities().get(1);
        assertEquals("FOURNISSEUR", supplier.calendarType());
        assertEquals(List.of(new Named("HP", new BigDecimal("0.01")), new Named("HC", new BigDecimal("2.35"))),
                supplier.quantities());
        assertEquals(new BigDecimal("1.00"), details.get(1).quantities().get(0).total());
    }

    @Test
    void aProducersDetailIsOfAutoprod() {
        List<Detail> details = Details.of(List.of(pair(NOVEMBER, DECEMBER, "10000000000001", "HCH", 400)),
                NOVEMBER, DECEMBER, Role.PROD);
        assertEquals(Quantity.AUTOPROD, details.get(0).quantities().get(0).type());
        assertEquals(new BigDecimal("0.40"), details.get(0).quantities().get(1).quantities().get(1).value());
    }

    @Test
    void aRunReachingOutsideTheRangeGivesNoDetail() {
        assertNull(Details.of(List.of(pair(OCTOBER, NOVEMBER, P1, "HPH", 1)), NOVEMBER, DECEMBER, Role.CONS));
        assertNull(Details.of(List.of(pair(NOVEMBER, DECEMBER, P1, "HPH", 1)), NOVEMBER,
                LocalDate.of(2024, 11, 20), Role.CONS));
    }

    @Test
    void aPeriodWithoutExchangesCountsButListsNobody() {
        assertEquals(List.of(), Details.of(List.of(pair(NOVEMBER, DECEMBER, null, "HPH", 0)), NOVEMBER, DECEMBER,
                Role.CONS));
        assertEquals(List.of(P1), Details.of(List.of(pair(NOVEMBER, DECEMBER, null, "HPH", 0),
                pair(NOVEMBER, DECEMBER, P1, "HPH", 10)), NOVEMBER, DECEMBER, Role.CONS).stream()
                .map(Detail::usagePointId).toList());
    }

    private static PairEnergy pair(LocalDate start, LocalDate end, String other, String timeClass, double wh) {
        return new PairEnergy(start, end, other, timeClass, wh);
    }
}
