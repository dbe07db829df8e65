package fr.accdatahub.agreement;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.accdatahub.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The PMO's view: agreements, perimeters at a date, the annex 6 participant file. */
@QuarkusTest
class PerimeterApiTest {

    @Test
    void theSeededAgreementsAreThoseOfTheBrief() {
        Api.asPmo().get(Api.AGREEMENTS + "/ACC00000001").then().statusCode(200)
                .body("agreement_id", equalTo("ACC00000001"))
                .body("status", equalTo("ACTIVE"))
                .body("key_type", equalTo("DYNAMIC_FULL"))
                .body("start_date", equalTo("2024-11-01"))
                .body("anniversary_day", equalTo(1))
                .body("pmo.siret", equalTo("12345678900014"));
        Api.asPmo().get(Api.AGREEMENTS + "/ACC00000001/perimeter").then().statusCode(200)
                .body("participants.findAll { it.role == 'prod' }", hasSize(3))
                .body("participants.findAll { it.role == 'cons' }", hasSize(3));
        Api.asPmo().get(Api.AGREEMENTS + "/ACC00000002").then().statusCode(200)
                .body("key_type", equalTo("DYNAMIC_SIMPLE"))
                .body("start_date", equalTo("2024-09-01"));
    }

    @Test
    void thePerimeterAtADateHoldsTheAttachmentsInForceThatDay() {
        String perimeter = Api.AGREEMENTS + "/ACC00000002/perimeter";
        // 30000000000119 joins on 2024-11-15; 30000000000120 leaves on 2024-11-20 (its end is exclusive).
        Api.asPmo().queryParam("date", "2024-11-14").get(perimeter).then().statusCode(200)
                .body("participants.findAll { it.role == 'cons' }", hasSize(19))
                .body("participants.usage_point_id", not(hasItem("30000000000119")))
                .body("participants.usage_point_id", hasItem("30000000000120"));
        Api.asPmo().queryParam("date", "2024-11-15").get(perimeter).then().statusCode(200)
                .body("participants.findAll { it.role == 'cons' }", hasSize(20));
        Api.asPmo().queryParam("date", "2024-11-19").get(perimeter).then().statusCode(200)
                .body("participants.findAll { it.role == 'cons' }", hasSize(20));
        Api.asPmo().queryParam("date", "2024-11-20").get(perimeter).then().statusCode(200)
                .body("participants.findAll { it.role == 'cons' }", hasSize(19))
                .body("participants.usage_point_id", not(hasItem("30000000000120")));
        Api.asPmo().queryParam("date", "2024-08-31").get(perimeter).then().statusCode(200)
                .body("participants", hasSize(0));
        Api.asPmo().get(perimeter).then().statusCode(200)
                .body("participants", hasSize(22))
                .body("participants.find { it.usage_point_id == '30000000000120' }.end", equalTo("2024-11-20"))
                .body("participants.find { it.usage_point_id == '30000000000101' }.end", nullValue())
                .body("participants.find { it.usage_point_id == '30000000000101' }", not(hasKey("static_coefficient")));
    }

    @Test
    void aMalformedDateIsA400() {
        Api.asPmo().queryParam("date", "15/11/2024").get(Api.AGREEMENTS + "/ACC00000002/perimeter")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void aMalformedAgreementIdIsA400() {
        Api.asPmo().get(Api.AGREEMENTS + "/ACC1").then().statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void theParticipantFileIsTheAnnex6FormatByteForByte() {
        String agreement = Api.newAgreement("STATIC", "2024-01-01");
        String a = Api.newPrm();
        String b = Api.newPrm();
        String c = Api.newPrm();
        String d = Api.newPrm();
        Api.attach(agreement, a, "cons", Map.of("start", "2024-01-01", "name", "A", "static_coefficient", 50))
                .then().statusCode(201);
        Api.attach(agreement, b, "cons", Map.of("start", "2024-01-01", "end", "2024-01-31", "name", "B",
                "static_coefficient", 25)).then().statusCode(201);
        Api.attach(agreement, c, "cons", Map.of("start", "2024-01-15", "name", "C", "static_coefficient", 25))
                .then().statusCode(201);
        Api.attach(agreement, d, "prod", Map.of("start", "2024-01-01", "name", "D")).then().statusCode(201);

        String csv = Api.asOperator().accept("text/csv").get(Api.AGREEMENTS + "/" + agreement + "/perimeter")
                .then().statusCode(200)
                .contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"Perimetre_Participants.csv\"")
                .extract().asString();
        assertEquals("PRM;Date debut rattachement;Date fin rattachement;\r\n"
                + a + ";01/01/2024;31/12/9999;\r\n"
                + b + ";01/01/2024;31/01/2024;\r\n"
                + c + ";15/01/2024;31/12/9999;\r\n"
                + d + ";01/01/2024;31/12/9999;\r\n", csv);

        String atDate = Api.asOperator().accept("text/csv").queryParam("date", "2024-01-10")
                .get(Api.AGREEMENTS + "/" + agreement + "/perimeter").then().statusCode(200).extract().asString();
        assertEquals("PRM;Date debut rattachement;Date fin rattachement;\r\n"
                + a + ";01/01/2024;31/12/9999;\r\n"
                + b + ";01/01/2024;31/01/2024;\r\n"
                + d + ";01/01/2024;31/12/9999;\r\n", atDate);

        Api.asOperator().get(Api.AGREEMENTS + "/" + agreement + "/perimeter").then().statusCode(200)
                .body("participants.find { it.usage_point_id == '" + a + "' }.static_coefficient",
                        equalTo(50.0f));
    }

    @Test
    void jsonIsTheDefaultRepresentation() {
        Api.asPmo().accept("*/*").get(Api.AGREEMENTS + "/ACC00000001/perimeter").then().statusCode(200)
                .contentType("application/json");
    }
}
