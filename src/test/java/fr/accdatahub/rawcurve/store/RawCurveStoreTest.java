package fr.accdatahub.rawcurve.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.rawcurve.domain.CurveDay;
import fr.accdatahub.rawcurve.domain.CurveType;
import fr.accdatahub.rawcurve.domain.RawCurve;
import fr.accdatahub.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RawCurveStoreTest {

    private static final LocalDate DAY = LocalDate.of(2024, 11, 5);

    @Inject
    RawCurveStore store;

    @Test
    void aLoadReplacesItsRangeAndKeepsTheRestOfItsDays() {
        String prm = Api.newPrm();
        Integer[] whole = new Integer[StepGrid.METER.stepsIn(DAY)];
        Arrays.fill(whole, 500);
        store.save(List.of(new CurveDay(prm, CurveType.CONS, DAY, whole)), Instant.now()).await().indefinitely();

        Instant ten = StepGrid.METER.stepOf(DAY, 40);
        Instant eleven = StepGrid.METER.stepOf(DAY, 44);
        store.load(List.of(new RawCurve(prm, CurveType.CONS, ten, eleven, List.of(new RawCurve.Reading(ten, 42)))),
                Instant.now()).await().indefinitely();

        List<CurveDay> days = store.read(List.of(prm), DAY, DAY.plusDays(1)).await().indefinitely();
        assertEquals(1, days.size());
        Integer[] watts = days.get(0).watts();
        assertEquals(96, watts.length);
        assertEquals(500, watts[39], "before the range: kept");
        assertEquals(42, watts[40]);
        assertNull(watts[41], "in the range without a reading: missing");
        assertNull(watts[43]);
        assertEquals(500, watts[44], "after the range: kept");
    }

    @Test
    void onlyTheAskedPrmsAndDaysAreRead() {
        String prm = Api.newPrm();
        Integer[] day = new Integer[StepGrid.METER.stepsIn(DAY)];
        store.save(List.of(new CurveDay(prm, CurveType.PROD, DAY, day),
                new CurveDay(prm, CurveType.PROD, DAY.plusDays(1), day)), Instant.now()).await().indefinitely();
        assertEquals(1, store.read(List.of(prm), DAY, DAY.plusDays(1)).await().indefinitely().size());
        assertEquals(0, store.read(List.of(Api.newPrm()), DAY, DAY.plusDays(2)).await().indefinitely().size());
    }
}
