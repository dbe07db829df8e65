package fr.accdatahub.agreement;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import fr.accdatahub.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The operator endpoints and the perimeter rules of §3, each refused with a clear 4xx that changes nothing. */
@QuarkusTest
class OperatorRulesTest {

    private static final String AGREEMENTS = Api.OPERATOR + "/agreements";

    @Test
    void anAgreementIsCreatedSuspendedWithTheNextNumber() {
        String siret = Api.newSiret();
        Api.asOperator()
                .body(Map.of("name", "Les Hauts", "key_type", "DYNAMIC_SIMPLE", "start_date", "2025-03-12",
                        "geographic_scope", "2 km", "pmo", Map.of("name", "PMO " + siret, "siret", siret)))
                .post(AGREEMENTS)
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/collective_self_consumption/v4/agreements/ACC\\d{8}$"))
                .body("agreement_id", matchesPattern("^ACC\\d{8}$"))
                .body("status", equalTo("SUSPENDED"))
                .body("anniversary_day", equalTo(12))
                .body("geographic_scope", equalTo("2 km"));
    }

    @Test
    void anExplicitIdIsKeptAndCannotBeTakenTwice() {
        String siret = Api.newSiret();
        Map<String, Object> body = Map.of("agreement_id", "ACC00500001", "name", "X", "key_type", "DEFAULT",
                "start_date", "2025-01-01", "pmo", Map.of("name", "PMO " + siret, "siret", siret));
        Api.asOperator().body(body).post(AGREEMENTS).then().statusCode(201)
                .body("agreement_id", equalTo("ACC00500001"));
        Api.asOperator().body(body).post(AGREEMENTS).then().statusCode(409).body("error", equalTo("agreement_exists"));
    }

    @Test
    void anAgreementCreatedActiveIsSuspendedUntilItsPerimeterIsComplete() {
        String siret = Api.newSiret();
        Api.asOperator().body(Map.of("name", "X", "key_type", "DEFAULT", "start_date", "2025-01-01",
                        "status", "ACTIVE", "pmo", Map.of("name", "P", "siret", siret)))
                .post(AGREEMENTS).then().statusCode(201).body("status", equalTo("SUSPENDED"))
                .body("status_history[0].status", equalTo("SUSPENDED"));
    }

    @Test
    void anAnniversaryDayIsFrom1To31() {
        String siret = Api.newSiret();
        Map<String, Object> pmo = Map.of("name", "P", "siret", siret);
        Api.asOperator().body(Map.of("name", "X", "key_type", "DEFAULT", "start_date", "2025-01-31", "pmo", pmo))
                .post(AGREEMENTS).then().statusCode(201).body("anniversary_day", equalTo(31));
        Api.asOperator().body(Map.of("name", "X", "key_type", "DEFAULT", "start_date", "2025-01-30",
                        "anniversary_day", 32, "pmo", pmo))
                .post(AGREEMENTS).then().statusCode(400).body("error", equalTo("invalid_request"));
        Api.asOperator().body(Map.of("name", "X", "key_type", "DEFAULT", "start_date", "2025-01-30",
                        "anniversary_day", 1, "pmo", pmo))
                .post(AGREEMENTS).then().statusCode(201).body("anniversary_day", equalTo(1));
    }

    @Test
    void anAgreementKeepsItsAnnex1MasterData() {
        Map<String, Object> pmo = Map.of("name", "P", "siret", Api.newSiret());
        String id = Api.asOperator().body(Map.of("name", "X", "key_type", "DEFAULT", "start_date", "2025-01-01",
                        "pmo", pmo, "geographic_category", "EXTENDED_RENEWABLE", "insee_code", "2A004", "hlm", true))
                .post(AGREEMENTS).then().statusCode(201)
                .body("geographic_category", equalTo("EXTENDED_RENEWABLE"))
                .body("insee_code", equalTo("2A004"))
                .body("hlm", equalTo(true))
                .extract().path("agreement_id");
        Api.asOperator().body(Map.of("insee_code", "69123", "hlm", false)).put(AGREEMENTS + "/" + id).then()
                .statusCode(200).body("insee_code", equalTo("69123")).body("hlm", equalTo(false))
                .body("geographic_category", equalTo("EXTENDED_RENEWABLE"));
        Api.asOperator().body(Map.of("insee_code", "6912")).put(AGREEMENTS + "/" + id).then().statusCode(400)
                .body("error_description", equalTo("insee_code: must be an INSEE commune code, e.g. 69123 or 2A004"));
        Api.asOperator().body(Map.of("geographic_category", "FAR")).put(AGREEMENTS + "/" + id).then()
                .statusCode(400);
    }

    @Test
    void aPmoIsKnownByItsSiretAndName() {
        String siret = Api.newSiret();
        Api.newAgreement("DEFAULT", "2025-01-01", siret);
        Api.asOperator().body(Map.of("name", "X", "key_type", "DEFAULT", "start_date", "2025-01-01",
                        "pmo", Map.of("name", "Another name", "siret", siret)))
                .post(AGREEMENTS).then().statusCode(409).body("error", equalTo("pmo_name_mismatch"));
    }

    @Test
    void malformedAgreementsAre400WithTheFieldNamed() {
        Api.asOperator().body(Map.of("name", "", "key_type", "STATIC", "pmo", Map.of("siret", "12")))
                .post(AGREEMENTS).then().statusCode(400)
                .body("error", equalTo("invalid_request"))
                .body("error_description", equalTo("name: must not be blank; pmo.name: must not be blank; "
                        + "pmo.siret: must be 14 digits; start_date: must not be null"));
        Api.asOperator().body(Map.of("name", "X", "key_type", "WEEKLY", "start_date", "2025-01-01"))
                .post(AGREEMENTS).then().statusCode(400)
                .body("error_description", equalTo(
                        "at 'key_type': 'WEEKLY' is not one of [STATIC, DYNAMIC_SIMPLE, DYNAMIC_FULL, DEFAULT]"));
    }

    @Test
    void aPrmMustHave14Digits() {
        String agreement = Api.newAgreement("DYNAMIC_SIMPLE", "2025-01-01");
        Api.attach(agreement, "1234", "cons", Map.of("start", "2025-01-01", "name", "A"))
                .then().statusCode(400).body("error_description", equalTo("usage_point_id must be 14 digits, not '1234'"));
        Api.attach(agreement, "1234567890123A", "cons", Map.of("start", "2025-01-01", "name", "A"))
                .then().statusCode(400);
        Api.attach(agreement, Api.newPrm(), "storage", Map.of("start", "2025-01-01", "name", "A"))
                .then().statusCode(400).body("error", equalTo("invalid_request"));
        perimeterOf(agreement).body("participants", hasSize(0));
    }

    @Test
    void aPrmBelongsToOneAgreementAtATime() {
        String first = Api.newAgreement("DYNAMIC_SIMPLE", "2025-01-01");
        String second = Api.newAgreement("DYNAMIC_SIMPLE", "2025-01-01");
        String prm = Api.newPrm();
        Api.attach(first, prm, "cons", Map.of("start", "2025-01-01", "end", "2025-03-01", "name", "A"))
                .then().statusCode(201);

        Api.attach(second, prm, "cons", Map.of("start", "2025-02-28", "name", "A"))
                .then().statusCode(409).body("error", equalTo("prm_already_attached"));
        Api.attach(second, prm, "prod", Map.of("start", "2025-01-15", "end", "2025-02-01", "name", "A"))
                .then().statusCode(409);
        perimeterOf(second).body("participants", hasSize(0));

        Api.attach(second, prm, "cons", Map.of("start", "2025-03-01", "name", "A")).then().statusCode(201);
    }

    @Test
    void aStorageUnitIsOnePrmInBothRoles() {
        String agreement = Api.newAgreement("DYNAMIC_FULL", "2025-01-01");
        String prm = Api.newPrm();
        Api.attach(agreement, prm, "cons", Map.of("start", "2025-01-01", "name", "Batterie")).then().statusCode(201);
        Api.attach(agreement, prm, "prod", Map.of("start", "2025-01-01", "name", "Batterie")).then().statusCode(201);
        perimeterOf(agreement).body("participants", hasSize(2));
    }

    @Test
    void anAttachmentEndsAfterItStartsAndNotBeforeTheAgreement() {
        String agreement = Api.newAgreement("DYNAMIC_SIMPLE", "2025-01-01");
        String prm = Api.newPrm();
        Api.attach(agreement, prm, "cons", Map.of("start", "2025-02-01", "end", "2025-02-01", "name", "A"))
                .then().statusCode(400).body("error", equalTo("invalid_request"));
        Api.attach(agreement, prm, "cons", Map.of("start", "2025-02-01", "end", "2025-01-01", "name", "A"))
                .then().statusCode(400);
        Api.attach(agreement, prm, "cons", Map.of("start", "2024-12-31", "name", "A"))
                .then().statusCode(409).body("error", equalTo("attachment_before_agreement"));
        Api.attach(agreement, prm, "cons", Map.of("name", "A")).then().statusCode(400)
                .body("error_description", equalTo("start: must not be null"));
        perimeterOf(agreement).body("participants", hasSize(0));
    }

    @Test
    void staticCoefficientsAreBoundedAndSumToAtMost100OnEveryDay() {
        String agreement = Api.newAgreement("STATIC", "2025-01-01");
        String a = Api.newPrm();
        String b = Api.newPrm();
        String c = Api.newPrm();
        Api.attach(agreement, a, "cons", Map.of("start", "2025-01-01", "name", "A", "static_coefficient", 100.01))
                .then().statusCode(400).body("error", equalTo("invalid_request"));
        Api.attach(agreement, a, "cons", Map.of("start", "2025-01-01", "name", "A", "static_coefficient", -1))
                .then().statusCode(400);
        Api.attach(agreement, a, "cons", Map.of("start", "2025-01-01", "name", "A", "static_coefficient", 33.333))
                .then().statusCode(400);
        Api.attach(agreement, a, "cons", Map.of("start", "2025-01-01", "name", "A"))
                .then().statusCode(400).body("error_description", equalTo(
                        "static_coefficient is required for a consumer of a STATIC agreement"));

        Api.attach(agreement, a, "cons", Map.of("start", "2025-01-01", "end", "2025-02-01", "name", "A",
                "static_coefficient", 33.34)).then().statusCode(201);
        Api.attach(agreement, b, "cons", Map.of("start", "2025-01-01", "name", "B", "static_coefficient", 33.33))
                .then().statusCode(201);
        Api.attach(agreement, c, "cons", Map.of("start", "2025-01-01", "name", "C", "static_coefficient", 33.34))
                .then().statusCode(409).body("error", equalTo("static_total_over_100"));
        // 33.34 + 33.33 + 33.33 = 100.00 exactly: accepted.
        Api.attach(agreement, c, "cons", Map.of("start", "2025-01-01", "name", "C", "static_coefficient", 33.33))
                .then().statusCode(201);
        // After a's end, its share is free again; before it, it is not.
        String d = Api.newPrm();
        Api.attach(agreement, d, "cons", Map.of("start", "2025-01-31", "name", "D", "static_coefficient", 33.34))
                .then().statusCode(409);
        Api.attach(agreement, d, "cons", Map.of("start", "2025-02-01", "name", "D", "static_coefficient", 33.34))
                .then().statusCode(201);
        Api.attach(agreement, Api.newPrm(), "prod", Map.of("start", "2025-01-01", "name", "P",
                "static_coefficient", 10)).then().statusCode(400);
    }

    @Test
    void aCoefficientOutsideAStaticAgreementIsRefused() {
        String agreement = Api.newAgreement("DYNAMIC_SIMPLE", "2025-01-01");
        Api.attach(agreement, Api.newPrm(), "cons", Map.of("start", "2025-01-01", "name", "A",
                "static_coefficient", 10)).then().statusCode(400);
    }

    @Test
    void anAgreementIsActiveOnTheDaysItHoldsAProducerAndAConsumer() {
        String agreement = Api.newAgreement("DYNAMIC_SIMPLE", "2025-01-01");
        String consumer = Api.newPrm();
        String producer = Api.newPrm();
        Api.attach(agreement, consumer, "cons", Map.of("start", "2025-01-01", "name", "C")).then().statusCode(201);
        Api.asOperator().get(Api.AGREEMENTS + "/" + agreement).then().body("status", equalTo("SUSPENDED"));

        // Complete from 10 January: ACTIVE from that day, by itself.
        Api.attach(agreement, producer, "prod", Map.of("start", "2025-01-10", "name", "P")).then().statusCode(201);
        Api.asOperator().queryParam("date", "2025-01-09").get(Api.AGREEMENTS + "/" + agreement).then()
                .body("status", equalTo("SUSPENDED"));
        Api.asOperator().get(Api.AGREEMENTS + "/" + agreement).then().body("status", equalTo("ACTIVE"))
                .body("status_history.status", equalTo(List.of("SUSPENDED", "ACTIVE")))
                .body("status_history[1].from", equalTo("2025-01-10"));

        // The only producer leaves on 1 June: SUSPENDED from that day; a new one on 1 July reactivates it.
        Api.asOperator().queryParam("end", "2025-06-01")
                .delete(AGREEMENTS + "/" + agreement + "/participants/" + producer + "/prod")
                .then().statusCode(200);
        Api.attach(agreement, Api.newPrm(), "prod", Map.of("start", "2025-07-01", "name", "P2")).then()
                .statusCode(201);
        Api.asOperator().get(Api.AGREEMENTS + "/" + agreement).then()
                .body("status_history.status", equalTo(List.of("SUSPENDED", "ACTIVE", "SUSPENDED", "ACTIVE")))
                .body("status_history.from", equalTo(List.of("2025-01-01", "2025-01-10", "2025-06-01", "2025-07-01")));

        // The operator's suspension and termination hold whatever the perimeter.
        Api.asOperator().body(Map.of("status", "TERMINATED", "effective_date", "2025-09-01"))
                .put(AGREEMENTS + "/" + agreement).then().statusCode(200);
        Api.asOperator().queryParam("date", "2025-09-01").get(Api.AGREEMENTS + "/" + agreement).then()
                .body("status", equalTo("TERMINATED"));
    }

    @Test
    void endingAnAttachmentSetsItsExclusiveEnd() {
        String agreement = Api.newAgreement("DYNAMIC_SIMPLE", "2025-01-01");
        String prm = Api.newPrm();
        String path = AGREEMENTS + "/" + agreement + "/participants/" + prm + "/cons";
        Api.asOperator().queryParam("end", "2025-02-01").delete(path).then().statusCode(404)
                .body("error", equalTo("not_found"));
        Api.attach(agreement, prm, "cons", Map.of("start", "2025-01-10", "name", "C")).then().statusCode(201);
        Api.asOperator().delete(path).then().statusCode(400).body("error_description", equalTo("end is required"));
        Api.asOperator().queryParam("end", "2025-01-10").delete(path).then().statusCode(400);
        Api.asOperator().queryParam("end", "2025-02-01").delete(path).then().statusCode(200)
                .body("end", equalTo("2025-02-01"));
        perimeterOf(agreement).body("participants[0].end", equalTo("2025-02-01"));
    }

    @Test
    void attachingAgainUpdatesOrAddsAPeriod() {
        String agreement = Api.newAgreement("DYNAMIC_SIMPLE", "2025-01-01");
        String prm = Api.newPrm();
        Api.attach(agreement, prm, "cons", Map.of("start", "2025-01-01", "end", "2025-03-01", "name", "C"))
                .then().statusCode(201);
        // Overlapping the current attachment: an update (new name, new end, off-peak hours).
        Api.attach(agreement, prm, "cons", Map.of("start", "2025-01-01", "end", "2025-04-01", "name", "C2",
                "offpeak_hours", "23:00-07:00")).then().statusCode(200)
                .body("name", equalTo("C2")).body("offpeak_hours", equalTo("23:00-07:00"));
        // After it ended: the PRM comes back, a second attachment.
        Api.attach(agreement, prm, "cons", Map.of("start", "2025-06-01", "name", "C3")).then().statusCode(201);
        perimeterOf(agreement).body("participants", hasSize(2))
                .body("participants[0].end", equalTo("2025-04-01"))
                .body("participants[1].start", equalTo("2025-06-01"));
        Api.attach(agreement, prm, "cons", Map.of("start", "2025-01-01", "name", "C", "offpeak_hours", "25:00-01:00"))
                .then().statusCode(400);
    }

    @Test
    void anUnknownAgreementIs404ForTheOperatorToo() {
        Api.attach("ACC09999998", Api.newPrm(), "cons", Map.of("start", "2025-01-01", "name", "C"))
                .then().statusCode(404).body("error", equalTo("not_found"));
        Api.asOperator().body(Map.of("name", "X")).put(AGREEMENTS + "/ACC09999998").then().statusCode(404);
    }

    @Test
    void aClientSecretIsShownOnceAndWorks() {
        String siret = Api.newSiret();
        String agreement = Api.newAgreement("DYNAMIC_SIMPLE", "2025-01-01", siret);
        Map<String, Object> created = Api.asOperator()
                .body(Map.of("role", "pmo", "pmo_siret", siret, "client_id", "mandataire-" + siret))
                .post(Api.OPERATOR + "/clients")
                .then().statusCode(201)
                .header("Cache-Control", "no-store")
                .body("client_secret", notNullValue())
                .extract().as(Map.class);
        Api.asOperator().get(Api.OPERATOR + "/clients").then().statusCode(200)
                .body("clients.find { it.client_id == 'mandataire-" + siret + "' }", not(hasKey("client_secret")));
        String token = Api.token((String) created.get("client_id"), (String) created.get("client_secret"));
        Api.as(token).get(Api.AGREEMENTS).then().statusCode(200)
                .body("agreements.agreement_id", equalTo(List.of(agreement)));

        Api.asOperator().body(Map.of("role", "pmo", "pmo_siret", siret, "client_id", "mandataire-" + siret))
                .post(Api.OPERATOR + "/clients").then().statusCode(409).body("error", equalTo("client_exists"));
    }

    @Test
    void mandatesGrantAndWithdrawAccess() {
        String siret = Api.newSiret();
        Api.newAgreement("DEFAULT", "2025-01-01", siret);
        String token = Api.pmoClientToken(siret);
        String clientId = clientOf(siret);
        String mandate = Api.OPERATOR + "/clients/" + clientId + "/mandates/ACC00000001";

        Api.as(token).get(Api.AGREEMENTS + "/ACC00000001").then().statusCode(404);
        Api.asOperator().put(mandate).then().statusCode(204);
        Api.as(token).get(Api.AGREEMENTS + "/ACC00000001").then().statusCode(200);
        Api.asOperator().delete(mandate).then().statusCode(204);
        Api.as(token).get(Api.AGREEMENTS + "/ACC00000001").then().statusCode(404);
        Api.asOperator().delete(mandate).then().statusCode(404);
        Api.asOperator().put(Api.OPERATOR + "/clients/" + clientId + "/mandates/ACC09999997").then().statusCode(404);
    }

    @Test
    void clientRulesAreChecked() {
        Api.asOperator().body(Map.of("role", "pmo")).post(Api.OPERATOR + "/clients").then().statusCode(400);
        Api.asOperator().body(Map.of("role", "pmo", "pmo_siret", "99999999999999")).post(Api.OPERATOR + "/clients")
                .then().statusCode(400);
        Api.asOperator().body(Map.of("role", "operator", "pmo_siret", "12345678900014"))
                .post(Api.OPERATOR + "/clients").then().statusCode(400);
        Api.asOperator().body(Map.of("role", "admin")).post(Api.OPERATOR + "/clients").then().statusCode(400);
        Api.asOperator().body(Map.of("role", "pmo", "pmo_siret", "12345678900014", "mandates", List.of("ACC09999996")))
                .post(Api.OPERATOR + "/clients").then().statusCode(404);
        Api.asOperator().put(Api.OPERATOR + "/clients/demo-operator/mandates/ACC00000001").then().statusCode(409);
    }

    @Test
    void aDeletedClientsTokensStopWorking() {
        String siret = Api.newSiret();
        Api.newAgreement("DEFAULT", "2025-01-01", siret);
        String token = Api.pmoClientToken(siret);
        String clientId = clientOf(siret);
        Api.as(token).get(Api.AGREEMENTS).then().statusCode(200);
        Api.asOperator().delete(Api.OPERATOR + "/clients/" + clientId).then().statusCode(204);
        Api.as(token).get(Api.AGREEMENTS).then().statusCode(401);
        Api.asOperator().delete(Api.OPERATOR + "/clients/" + clientId).then().statusCode(404);
    }

    private static String clientOf(String siret) {
        return Api.asOperator().get(Api.OPERATOR + "/clients").then().extract()
                .path("clients.find { it.pmo_siret == '" + siret + "' }.client_id");
    }

    private static ValidatableResponse perimeterOf(String agreement) {
        return Api.asOperator().get(Api.AGREEMENTS + "/" + agreement + "/perimeter").then().statusCode(200);
    }
}
