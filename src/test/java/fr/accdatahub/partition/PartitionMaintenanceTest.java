package fr.accdatahub.partition;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.partition.domain.MonthWindow;
import fr.accdatahub.partition.store.PartitionStore;
import fr.accdatahub.support.Api;
import fr.accdatahub.support.Api.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The growing tables are partitioned by month: rows of a month without its partition wait in the DEFAULT one until
 * the maintenance creates it, every read keeps its answer meanwhile, and the retention drops whole months with the
 * calculations that rested on them.
 */
@QuarkusTest
class PartitionMaintenanceTest {

    private static final String STEP = "2018-01-10T10:00:00+01:00";

    @Inject
    PartitionMaintenance maintenance;

    @Inject
    PartitionStore partitions;

    @Inject
    Pool pool;

    @AfterEach
    void resetClock() {
        Api.resetClock();
    }

    @Test
    void monthsAreCreatedAroundTheClocksAndForTheRowsWaitingThenDroppedPastTheRetention() {
        Api.clock("2018-02-10T09:00:00+01:00");
        Fixture agreement = Api.agreementWith("DEFAULT", "2018-01-01", 1, 1);
        String consumer = agreement.consumers().get(0);
        Api.asOperator().body(Map.of("curves", List.of(
                        reading(agreement.producers().get(0), "prod", 1_000), reading(consumer, "cons", 400))))
                .put(Api.OPERATOR + "/agreements/" + agreement.agreementId() + "/raw_load_curves")
                .then().statusCode(200);
        Api.asOperator().body(Map.of("period_start", "2018-01-01"))
                .post(Api.OPERATOR + "/agreements/" + agreement.agreementId() + "/calculations").then()
                .statusCode(200);
        assertEquals("raw_curve_default", partitionOf(consumer));
        String energies = januaryEnergies(agreement, consumer, 200);

        MonthWindow around = MonthWindow.of(LocalDate.of(2018, 2, 10), LocalDate.of(2018, 2, 10), 1, 0);
        PartitionMaintenance.Turn turn = maintenance.maintain(around).await().indefinitely();
        assertTrue(turn.created() >= 4, "created " + turn.created());
        assertEquals("raw_curve_2018_01", partitionOf(consumer));
        for (String parent : List.of("raw_curve", "repartition_key", "result_curve", "result_energy")) {
            List<LocalDate> months = partitions.months(parent).await().indefinitely();
            assertTrue(months.containsAll(List.of(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 2, 1),
                    LocalDate.of(2018, 3, 1))), parent + " has " + months);
            assertFalse(partitions.monthsInDefault(parent).await().indefinitely().contains(LocalDate.of(2018, 1, 1)));
        }
        assertEquals(energies, januaryEnergies(agreement, consumer, 200));
        assertEquals(0, maintenance.maintain(around).await().indefinitely().created());

        // Thirteen months kept from March 2019: January 2018 goes, with the run of its period.
        PartitionMaintenance.Turn retention = maintenance.maintain(
                MonthWindow.of(LocalDate.of(2019, 3, 10), LocalDate.of(2019, 3, 10), 0, 13)).await().indefinitely();
        assertTrue(retention.dropped() >= 3 && retention.forgotten() >= 1, retention.toString());
        assertFalse(partitions.months("raw_curve").await().indefinitely().contains(LocalDate.of(2018, 1, 1)));
        assertEquals(0L, pool.preparedQuery("SELECT count(*) FROM raw_curve WHERE usage_point_id = $1")
                .execute(Tuple.of(consumer)).await().indefinitely().iterator().next().getLong(0));
        Api.clock("2019-03-10T09:00:00+01:00");
        Api.asPmo(agreement).queryParam("start", "2018-01-01").queryParam("end", "2018-02-01")
                .get(Api.AGREEMENTS + "/" + agreement.agreementId() + "/definitive_active_energy/cons/" + consumer)
                .then().statusCode(404).body("error", equalTo("no_data_found"));
    }

    @Test
    void aRetentionShorterThanThirteenMonthsIsRefused() {
        assertEquals("acc.storage.retention-months is 0 (keep everything) or at least 13, not 6",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> MonthWindow.requireRetention(6)).getMessage());
    }

    private String partitionOf(String prm) {
        return pool.preparedQuery("SELECT tableoid::regclass::text FROM raw_curve WHERE usage_point_id = $1 LIMIT 1")
                .execute(Tuple.of(prm)).await().indefinitely().iterator().next().getString(0);
    }

    private static String januaryEnergies(Fixture agreement, String consumer, int status) {
        return Api.asPmo(agreement).queryParam("start", "2018-01-01").queryParam("end", "2018-02-01")
                .get(Api.AGREEMENTS + "/" + agreement.agreementId() + "/definitive_active_energy/cons/" + consumer)
                .then().statusCode(status).extract().asString();
    }

    private static Map<String, Object> reading(String prm, String type, int watts) {
        return Map.of("usage_point_id", prm, "type", type,
                "interval_reading", List.of(Map.of("start", STEP, "value", watts)));
    }
}
