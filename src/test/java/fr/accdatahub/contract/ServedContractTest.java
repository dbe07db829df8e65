package fr.accdatahub.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The contract is served as written, at /q/openapi, and Swagger UI shows it. */
@QuarkusTest
class ServedContractTest {

    @Test
    void theServedDocumentIsTheContract() throws Exception {
        OpenApiContractTest.read();
        Map<String, ?> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().path("paths");
        TreeSet<String> served = new TreeSet<>(paths.keySet());
        TreeSet<String> written = new TreeSet<>();
        OpenApiContractTest.documentedOperations().keySet()
                .forEach(operation -> written.add(operation.substring(operation.indexOf(' ') + 1)));
        assertEquals(written, served);
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
