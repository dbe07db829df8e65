package fr.accdatahub.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Quotas per client, counted in PostgreSQL: over them, 429 in the error format with Retry-After. */
@QuarkusTest
class QuotaTest {

    @Test
    void aClientOverItsQuotaOfTheSecondIsRefusedWithRetryAfter() {
        String siret = Api.newSiret();
        Api.newAgreement("DEFAULT", "2025-01-01", siret);
        Map<?, ?> created = Api.asOperator()
                .body(Map.of("role", "pmo", "pmo_siret", siret, "quota_per_second", 2, "quota_per_hour", 1000))
                .post(Api.OPERATOR + "/clients")
                .then().statusCode(201).extract().as(Map.class);
        assertEquals(2, created.get("quota_per_second"));
        String token = Api.token((String) created.get("client_id"), (String) created.get("client_secret"));
        int refused = 0;
        // Six requests span at most two one-second windows: at most four pass.
        for (int i = 0; i < 6; i++) {
            Response response = Api.as(token).get(Api.AGREEMENTS);
            if (response.statusCode() == 429) {
                refused++;
                assertEquals("1", response.header("Retry-After"));
                assertEquals("too_many_requests", response.jsonPath().getString("error"));
            } else {
                assertEquals(200, response.statusCode());
            }
        }
        assertTrue(refused >= 2, "refused " + refused);
        given().get("/q/metrics").then().body(containsString("acc_quota_refusals_total{window=\"second\"}"));
    }

    @Test
    void aClientOverItsQuotaOfTheHourIsRefusedUntilTheNextHour() {
        String siret = Api.newSiret();
        Api.newAgreement("DEFAULT", "2025-01-01", siret);
        Map<?, ?> created = Api.asOperator()
                .body(Map.of("role", "pmo", "pmo_siret", siret, "quota_per_second", 1000, "quota_per_hour", 3))
                .post(Api.OPERATOR + "/clients")
                .then().statusCode(201).extract().as(Map.class);
        String token = Api.token((String) created.get("client_id"), (String) created.get("client_secret"));
        int passed = 0;
        // Five requests span at most two hours (at an hour's turn): at most three pass in each.
        for (int i = 0; i < 5; i++) {
            Response response = Api.as(token).get(Api.AGREEMENTS);
            if (response.statusCode() == 429) {
                int retryAfter = Integer.parseInt(response.header("Retry-After"));
                assertTrue(retryAfter >= 1 && retryAfter <= 3600, "Retry-After " + retryAfter);
            } else {
                assertEquals(200, response.statusCode());
                passed++;
            }
        }
        assertTrue(passed >= 3 && passed < 5, "passed " + passed);
        given().get("/q/metrics").then().body(containsString("acc_quota_refusals_total{window=\"hour\"}"));
    }

    @Test
    void aQuotaIsAPositiveNumber() {
        Api.asOperator().body(Map.of("role", "operator", "quota_per_second", 0)).post(Api.OPERATOR + "/clients")
                .then().statusCode(400);
    }
}
