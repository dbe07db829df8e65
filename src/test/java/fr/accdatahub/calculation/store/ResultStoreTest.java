package fr.accdatahub.calculation.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.accdatahub.calculation.domain.Results.CurrentRun;
import fr.accdatahub.calculation.domain.Results.DayCurve;
import fr.accdatahub.calculation.domain.Results.PairEnergy;
import fr.accdatahub.calculation.domain.ResultsReplaced;
import fr.accdatahub.support.Api;
import fr.accdatahub.support.Api.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResultStoreTest {

    private static final LocalDate NOVEMBER = LocalDate.of(2024, 11, 1);
    private static final LocalDate DECEMBER = LocalDate.of(2024, 12, 1);
    private static final LocalDate DAY = LocalDate.of(2024, 11, 5);
    /** 10:00 Paris, the 41st quarter hour of the day. */
    private static final int STEP = 40;

    @Inject
    ResultStore store;

    @Test
    void theCurrentRunsCurvesAndPairsOfAComputedPeriodAreRead() {
        Fixture agreement = computedMonth();
        String consumer = agreement.consumers().get(0);
        String producer = agreement.producers().get(0);

        List<DayCurve> curves = new ArrayList<>();
        List<CurrentRun> runs = store.currentRunsWithCurves(agreement.agreementId(), DAY, DAY.plusDays(1),
                found -> true, curves::add).await().indefinitely();
        assertEquals(1, runs.size());
        assertEquals(NOVEMBER, runs.get(0).periodStart());
        assertEquals(DECEMBER, runs.get(0).periodEnd());
        assertEquals(4, curves.size(), "cons and autocons of the consumer, prod and autoprod of the producer");
        DayCurve autocons = curves.stream()
                .filter(c -> c.usagePointId().equals(consumer) && c.quantity().equals("autocons"))
                .findFirst().orElseThrow();
        assertEquals(600.0, autocons.values()[STEP]);
        assertNull(autocons.estimated(), "only measured quantities carry estimated marks");

        List<UUID> ids = List.of(runs.get(0).calculationId());
        List<PairEnergy> received = store.pairs(ids, NOVEMBER, DECEMBER, consumer, true)
                .await().indefinitely();
        assertEquals(1, received.size());
        assertEquals(producer, received.get(0).otherId());
        assertEquals("HPH", received.get(0).timeClass());
        assertEquals(4 * 150.0, received.get(0).energyWh(), 1e-9,
                "600 W for a quarter hour on the 5th, and on the 12th, 19th and 26th estimated from a week before");
        List<PairEnergy> given = store.pairs(ids, NOVEMBER, DECEMBER, producer, false)
                .await().indefinitely();
        assertEquals(consumer, given.get(0).otherId());
    }

    @Test
    void aPeriodWithoutResultsHasNoRunAndAParticipantWithoutExchangesHasNoPair() {
        Fixture agreement = computedMonth();
        List<DayCurve> curves = new ArrayList<>();
        assertEquals(List.of(), store.currentRunsWithCurves(agreement.agreementId(), DECEMBER,
                DECEMBER.plusDays(1), found -> true, curves::add).await().indefinitely());
        assertEquals(List.of(), curves);
        List<PairEnergy> none = store.pairs(runsOfNovember(agreement), NOVEMBER, DECEMBER, Api.newPrm(), true)
                .await().indefinitely();
        assertEquals(1, none.size(), "the run is listed, without an exchange");
        assertNull(none.get(0).otherId());
    }

    @Test
    void theResultsOfARunRepublishedSinceAreNotReadFromIt() {
        Fixture agreement = computedMonth();
        List<UUID> first = runsOfNovember(agreement);
        List<DayCurve> curves = new ArrayList<>();
        assertEquals(first, store.currentRunsWithCurves(agreement.agreementId(), DAY, DAY.plusDays(1),
                        found -> false, curves::add).await().indefinitely().stream()
                .map(CurrentRun::calculationId).toList());
        assertEquals(List.of(), curves, "curves are read only when asked for");

        Api.asOperator().body(Map.of("period_start", "2024-11-01"))
                .post(Api.OPERATOR + "/agreements/" + agreement.agreementId() + "/calculations")
                .then().statusCode(200);
        String consumer = agreement.consumers().get(0);
        assertThrows(ResultsReplaced.class, () -> store.pairs(first, NOVEMBER, DECEMBER, consumer, true)
                .await().indefinitely());
        assertThrows(ResultsReplaced.class, () -> store.defaultKeysOf(first, NOVEMBER, DECEMBER)
                .await().indefinitely());
        List<UUID> second = runsOfNovember(agreement);
        assertNotEquals(first, second);
        assertEquals(1, store.pairs(second, NOVEMBER, DECEMBER, consumer, true).await().indefinitely().size());
    }

    private List<UUID> runsOfNovember(Fixture agreement) {
        return store.currentRunsWithCurves(agreement.agreementId(), NOVEMBER, DECEMBER, found -> false, curve -> { })
                .await().indefinitely().stream().map(CurrentRun::calculationId).toList();
    }

    /** A SIMPLE agreement whose November holds one step: its consumer draws 1,000 W, its producer gives 600 W. */
    private static Fixture computedMonth() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 1, 1);
        String step = "2024-11-05T10:00:00+01:00";
        Api.asOperator().body(Map.of("curves", List.of(
                        Map.of("usage_point_id", agreement.consumers().get(0), "type", "cons",
                                "interval_reading", List.of(Map.of("start", step, "value", 1000))),
                        Map.of("usage_point_id", agreement.producers().get(0), "type", "prod",
                                "interval_reading", List.of(Map.of("start", step, "value", 600))))))
                .put(Api.OPERATOR + "/agreements/" + agreement.agreementId() + "/raw_load_curves")
                .then().statusCode(200);
        Api.asOperator().body(Map.of("period_start", "2024-11-01"))
                .post(Api.OPERATOR + "/agreements/" + agreement.agreementId() + "/calculations")
                .then().statusCode(200);
        return agreement;
    }
}
