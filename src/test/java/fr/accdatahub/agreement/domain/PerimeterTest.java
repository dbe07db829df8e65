package fr.accdatahub.agreement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.calendar.DatePeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerimeterTest {

    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
    private static final LocalDate FEB_1 = LocalDate.of(2025, 2, 1);
    private static final LocalDate MAR_1 = LocalDate.of(2025, 3, 1);

    @Test
    void theStaticTotalIsTakenDayByDayNotOverAllHistory() {
        Perimeter perimeter = new Perimeter(List.of(
                consumer("A", JAN_1, FEB_1, "60"),
                consumer("B", FEB_1, null, "60"),
                consumer("C", JAN_1, null, "40")));
        assertEquals(new BigDecimal("100"), perimeter.highestStaticTotal());
        assertEquals(new BigDecimal("100"), perimeter.staticTotalAt(JAN_1));
        assertEquals(new BigDecimal("100"), perimeter.staticTotalAt(FEB_1));
    }

    @Test
    void overlappingConsumersAddUp() {
        Perimeter perimeter = new Perimeter(List.of(
                consumer("A", JAN_1, MAR_1, "50.01"),
                consumer("B", FEB_1, null, "49.99"),
                consumer("C", LocalDate.of(2025, 2, 15), null, "0.01")));
        assertEquals(new BigDecimal("100.01"), perimeter.highestStaticTotal());
    }

    @Test
    void exactDecimalsPassAtExactly100() {
        Perimeter perimeter = new Perimeter(List.of(
                consumer("A", JAN_1, null, "33.34"),
                consumer("B", JAN_1, null, "33.33"),
                consumer("C", JAN_1, null, "33.33")));
        assertEquals(0, perimeter.highestStaticTotal().compareTo(Perimeter.HUNDRED));
    }

    @Test
    void producersDoNotCountInTheStaticTotal() {
        Perimeter perimeter = new Perimeter(List.of(
                consumer("A", JAN_1, null, "90"),
                new Attachment("P", Role.PROD, new DatePeriod(JAN_1, null), new BigDecimal("90"))));
        assertEquals(new BigDecimal("90"), perimeter.highestStaticTotal());
    }

    @Test
    void anAttachmentFromADayIsOneInForceThenOrLater() {
        Perimeter perimeter = new Perimeter(List.of(consumer("A", JAN_1, FEB_1, null),
                new Attachment("P", Role.PROD, new DatePeriod(MAR_1, null), null)));
        assertTrue(perimeter.hasAttachmentFrom(Role.CONS, JAN_1));
        assertFalse(perimeter.hasAttachmentFrom(Role.CONS, FEB_1));
        assertTrue(perimeter.hasAttachmentFrom(Role.PROD, FEB_1));
        assertEquals(1, perimeter.at(JAN_1).size());
        assertEquals(0, perimeter.at(FEB_1).size());
    }

    private static Attachment consumer(String prm, LocalDate start, LocalDate end, String coefficient) {
        return new Attachment(prm, Role.CONS, new DatePeriod(start, end),
                coefficient == null ? null : new BigDecimal(coefficient));
    }
}
