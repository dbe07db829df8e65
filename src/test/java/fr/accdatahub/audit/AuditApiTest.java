package fr.accdatahub.audit;

import static fr.accdatahub.support.Api.AGREEMENTS;
import static fr.accdatahub.support.Api.OPERATOR;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.support.Api.Fixture;
import fr.accdatahub.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who did what on an agreement: a mandataire's submissions shown to the PMO, and to no other PMO. */
@QuarkusTest
class AuditApiTest {

    @Inject
    Pool pool;

    private static final String KEYS = "POST /collective_self_consumption/v4/agreements/{agreement_id}/repartition_keys";

    private static String mandataire(String agreementId, Map<String, Object> terms) {
        Map<String, Object> created = Api.asOperator().body(Map.of("role", "mandataire", "name", "Énergie Conseil",
                "siret", Api.newSiret())).post(OPERATOR + "/clients").then().statusCode(201).extract().as(Map.class);
        String clientId = (String) created.get("client_id");
        Api.asOperator().body(terms).put(OPERATOR + "/clients/" + clientId + "/mandates/" + agreementId)
                .then().statusCode(204);
        return clientId + " " + Api.token(clientId, (String) created.get("client_secret"));
    }

    private static void submitKeys(RequestSpecification caller, Fixture agreement) {
        caller.body(Map.of("key_type", "DYNAMIC_SIMPLE", "steps", List.of(Map.of(
                        "start", "2024-11-05T10:00:00+01:00", "keys", Api.keys(agreement.consumers(), 100)))))
                .post(AGREEMENTS + "/" + agreement.agreementId() + "/repartition_keys");
    }

    private static JsonPath audit(RequestSpecification caller, String agreementId) {
        return caller.queryParam("start", "2020-01-01").queryParam("end", "2100-01-01")
                .get(AGREEMENTS + "/" + agreementId + "/audit").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aMandatairesSubmissionsAreShownToThePmoAndNeverToAnother() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 1, 1);
        Fixture other = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 1, 1);
        String[] submitter = mandataire(agreement.agreementId(), Map.of()).split(" ");
        String[] reader = mandataire(agreement.agreementId(), Map.of("scopes", List.of("read"))).split(" ");
        submitKeys(Api.as(submitter[1]), agreement);
        submitKeys(Api.as(reader[1]), agreement);
        submitKeys(Api.asPmo(other), other);
        submitKeys(Api.asPmo(other), agreement);  // a 404: not the other PMO's to write to, nor to appear in
        Api.asOperator().body(Map.of("period_start", "2024-11-01"))
                .post(OPERATOR + "/agreements/" + agreement.agreementId() + "/calculations");
        Api.as(submitter[1]).body(Map.of("url", "http://127.0.0.1:9/hooks", "event_types",
                List.of("repartition_keys.judged"))).put("/collective_self_consumption/v4/webhook").then().statusCode(200);

        List<Map<String, Object>> all = audit(Api.asPmo(agreement), agreement.agreementId()).getList("entries");
        assertEquals(List.of("PUT /operator/v1/agreements/{agreement_id}/participants/{usage_point_id}/{role}",
                "PUT /operator/v1/agreements/{agreement_id}/participants/{usage_point_id}/{role}",
                "PUT /operator/v1/agreements/{agreement_id}", "PUT /operator/v1/clients/{client_id}/mandates/"
                        + "{agreement_id}", "PUT /operator/v1/clients/{client_id}/mandates/{agreement_id}"),
                all.subList(0, 5).stream().map(entry -> entry.get("action")).toList(), "the operator's set-up");
        List<Map<String, Object>> entries = all.subList(5, all.size());
        assertEquals(List.of(submitter[0], reader[0], "demo-operator", submitter[0]),
                entries.stream().map(entry -> entry.get("client_id")).toList(), entries.toString());
        assertEquals(List.of("mandataire", "mandataire", "operator", "mandataire"),
                entries.stream().map(entry -> entry.get("client_kind")).toList());
        assertEquals(List.of(KEYS, KEYS, "POST /operator/v1/agreements/{agreement_id}/calculations",
                "PUT /collective_self_consumption/v4/webhook"), entries.stream().map(entry -> entry.get("action"))
                .toList());
        assertEquals(List.of("DONE", "REFUSED", "DONE", "DONE"), entries.stream().map(entry -> entry.get("outcome"))
                .toList());
        assertEquals(List.of(200, 403), entries.stream().map(entry -> entry.get("status")).toList().subList(0, 2));
        assertNotNull(entries.get(0).get("at"));
        assertTrue(entries.toString().indexOf(agreement.consumers().get(0)) < 0, "no PRM in the trail");

        List<String> othersTrail = audit(Api.asPmo(other), other.agreementId()).getList("entries.client_id");
        assertTrue(othersTrail.stream().noneMatch(id -> id.equals(submitter[0]) || id.equals(reader[0])));
        Api.asPmo(other).queryParam("start", "2020-01-01").queryParam("end", "2100-01-01")
                .get(AGREEMENTS + "/" + agreement.agreementId() + "/audit").then().statusCode(404);
        Api.as(submitter[1]).queryParam("start", "2020-01-01").queryParam("end", "2100-01-01")
                .get(AGREEMENTS + "/" + agreement.agreementId() + "/audit").then().statusCode(403)
                .body("error", equalTo("access_denied"));
        assertEquals(all.size(), audit(Api.asOperator(), agreement.agreementId()).getList("entries").size());
    }

    @Test
    void theTrailCannotBeChangedNorDeleted() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 1, 1);
        submitKeys(Api.asPmo(agreement), agreement);
        for (String change : List.of("UPDATE audit_entry SET status = 201", "DELETE FROM audit_entry")) {
            assertThrows(Exception.class, () -> pool.query(change + " WHERE agreement_id = '"
                    + agreement.agreementId() + "'").execute().await().indefinitely(), change);
        }
        List<Integer> statuses = audit(Api.asPmo(agreement), agreement.agreementId()).getList("entries.status");
        assertEquals(List.of(201, 201, 200, 200), statuses, "the set-up's and the keys' statuses, unchanged");
    }

    @Test
    void theTrailIsReadAPageAtATimeOverAnyRange() {
        Fixture agreement = Api.agreementWith("DYNAMIC_SIMPLE", "2024-11-01", 1, 1);
        for (int k = 0; k < 3; k++) {
            submitKeys(Api.asPmo(agreement), agreement);
        }
        List<Map<String, Object>> whole = audit(Api.asPmo(agreement), agreement.agreementId()).getList("entries");
        assertEquals(6, whole.size(), "three set-up writes, three submissions: " + whole);
        List<Map<String, Object>> paged = new java.util.ArrayList<>();
        String after = "";
        do {
            JsonPath page = Api.asPmo(agreement).queryParam("start", "2020-01-01").queryParam("end", "2100-01-01")
                    .queryParam("limit", 4).queryParam("after", after)
                    .get(AGREEMENTS + "/" + agreement.agreementId() + "/audit").then().statusCode(200).extract()
                    .jsonPath();
            paged.addAll(page.getList("entries"));
            after = page.getString("next");
        } while (after != null);
        assertEquals(whole, paged);
        Api.asPmo(agreement).queryParam("start", "2020-01-01").queryParam("end", "2021-01-01")
                .get(AGREEMENTS + "/" + agreement.agreementId() + "/audit").then().statusCode(200)
                .body("entries", equalTo(List.of()));
        Api.asPmo(agreement).queryParam("start", "2021-01-01").queryParam("end", "2020-01-01")
                .get(AGREEMENTS + "/" + agreement.agreementId() + "/audit").then().statusCode(400);
        Api.asPmo(agreement).queryParam("start", "2020-01-01").queryParam("end", "2100-01-01")
                .queryParam("after", "nonsense").get(AGREEMENTS + "/" + agreement.agreementId() + "/audit")
                .then().statusCode(400);
        Api.asPmo(agreement).get(AGREEMENTS + "/" + agreement.agreementId() + "/audit").then().statusCode(400);
    }
}
