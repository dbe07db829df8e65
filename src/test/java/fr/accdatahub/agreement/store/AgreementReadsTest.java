package fr.accdatahub.agreement.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.agreement.domain.Agreement;
import fr.accdatahub.agreement.domain.AgreementSnapshot;
import fr.accdatahub.agreement.domain.AgreementStatus;
import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.identity.ClientRole;
import fr.accdatahub.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgreementReadsTest {

    private static final Caller NOBODYS_PMO = new Caller("x", ClientRole.PMO, -1L, Set.of());
    private static final Caller MANDATED = new Caller("x", ClientRole.PMO, -1L, Set.of("ACC00000002"));
    private static final Caller OPERATOR = new Caller("x", ClientRole.OPERATOR, null, Set.of());

    @Inject
    AgreementReads reads;

    @Inject
    Pool pool;

    @Test
    void aPmoClientSeesItsPmosAgreementsAndThoseItIsMandatedFor() {
        assertEquals(List.of(), ids(reads.visible(NOBODYS_PMO).await().indefinitely()));
        assertEquals(List.of("ACC00000002"), ids(reads.visible(MANDATED).await().indefinitely()));
        List<String> all = ids(reads.visible(OPERATOR).await().indefinitely());
        assertTrue(all.containsAll(List.of("ACC00000001", "ACC00000002")));
        assertEquals(all.stream().sorted().toList(), all, "by id");
        assertTrue(reads.visible(MANDATED, "ACC00000001").await().indefinitely().isEmpty());
        assertEquals("ACC00000002", reads.visible(MANDATED, "ACC00000002").await().indefinitely().orElseThrow().id());
    }

    @Test
    void anAgreementIsReadWithItsHistoriesAndTheDaysItsPerimeterIsComplete() {
        String id = Api.newAgreement("DYNAMIC_FULL", "2025-01-01");
        Api.attach(id, Api.newPrm(), "cons", Map.of("start", "2025-01-01", "end", "2025-03-01", "name", "C1"))
                .then().statusCode(201);
        Api.attach(id, Api.newPrm(), "cons", Map.of("start", "2025-03-01", "name", "C2")).then().statusCode(201);
        Api.attach(id, Api.newPrm(), "prod", Map.of("start", "2025-02-01", "name", "P")).then().statusCode(201);
        Api.asOperator().body(Map.of("key_type", "DEFAULT", "effective_date", "2025-04-01"))
                .put(Api.OPERATOR + "/agreements/" + id).then().statusCode(200);

        Agreement agreement = reads.one(id).await().indefinitely().orElseThrow();
        assertEquals(KeyType.DYNAMIC_FULL, agreement.keyType(LocalDate.of(2025, 3, 31)));
        assertEquals(KeyType.DEFAULT, agreement.keyType(LocalDate.of(2025, 4, 1)));
        assertEquals(AgreementStatus.SUSPENDED, agreement.status(LocalDate.of(2025, 1, 31)));
        assertEquals(AgreementStatus.ACTIVE, agreement.status(LocalDate.of(2025, 2, 1)));
        assertEquals(1, agreement.statuses().versions().size() - 1, "the two consumers' periods are one range");
        assertEquals("PMO " + agreement.pmo().siret(), agreement.pmo().name());
        assertTrue(reads.one("ACC99999999").await().indefinitely().isEmpty());
    }

    @Test
    void whatAnotherReplicaCommitsIsReadAtOnceThoughThisOneHeldTheAgreement() {
        String id = Api.newAgreement("DYNAMIC_SIMPLE", "2025-01-01");
        String prm = Api.newPrm();
        Api.attach(id, prm, "cons", Map.of("start", "2025-01-01", "name", "Avant")).then().statusCode(201);
        assertEquals("Avant", reads.snapshot(id).await().indefinitely().orElseThrow().attachments().getFirst().name());
        assertEquals(AgreementStatus.SUSPENDED, reads.one(id).await().indefinitely().orElseThrow()
                .status(LocalDate.of(2025, 1, 1)), "no producer yet");

        // Written as another replica would: straight into PostgreSQL, this replica told nothing.
        sql("UPDATE participant SET name = 'Après' WHERE agreement_id = $1", id);
        sql("INSERT INTO participant (agreement_id, usage_point_id, role, start_date, name) "
                + "VALUES ($1, '" + Api.newPrm() + "', 'prod', '2025-01-01', 'P')", id);
        sql("UPDATE pmo SET name = 'PMO renommée' WHERE id = (SELECT pmo_id FROM agreement WHERE id = $1)", id);
        AgreementSnapshot after = reads.snapshot(id).await().indefinitely().orElseThrow();
        assertEquals(List.of("Après", "P"), after.attachments().stream().map(Attachment::name).toList());
        assertEquals("PMO renommée", after.agreement().pmo().name());
        assertEquals(AgreementStatus.ACTIVE, after.agreement().status(LocalDate.of(2025, 1, 1)));

        sql("DELETE FROM participant WHERE agreement_id = $1 AND role = 'prod'", id);
        sql("UPDATE agreement SET name = 'Renommée' WHERE id = $1", id);
        Agreement renamed = reads.visible(OPERATOR, id).await().indefinitely().orElseThrow();
        assertEquals("Renommée", renamed.name());
        assertEquals(AgreementStatus.SUSPENDED, renamed.status(LocalDate.of(2025, 1, 1)));
        assertEquals(1, reads.snapshot(id).await().indefinitely().orElseThrow().attachments().size());
    }

    private void sql(String statement, String agreementId) {
        pool.preparedQuery(statement).execute(Tuple.of(agreementId)).await().indefinitely();
    }

    private static List<String> ids(List<Agreement> agreements) {
        return agreements.stream().map(Agreement::id).toList();
    }
}
