package fr.accdatahub.sandbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dashboard as the service serves it (its pages are driven in Chromium by {@code DashboardIT}): its address, its
 * public settings, its chart library from the WebJar, and the policy every one of its files is served under.
 */
@QuarkusTest
class DashboardResourceTest {

    @Test
    void theAddressLeadsToThePage() {
        given().redirects().follow(false).get("/ui").then().statusCode(303).header("Location", endsWith("/ui/"));
        given().get("/ui/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<script type=\"module\" src=\"/ui/app.js\"></script>"));
    }

    @Test
    void theSignInPageMayOfferTheSeededDemoClientsAndNothingElse() {
        given().get("/ui/settings").then().statusCode(200)
                .body("sandbox", equalTo(true))
                .body("demo_clients.client_id", equalTo(List.of("demo-pmo", "demo-operator")))
                .body("demo_clients[0].client_secret", equalTo("demo-pmo-secret"));
    }

    @Test
    void theSettingsAreJsonOnly() {
        given().accept("text/csv").get("/ui/settings").then().statusCode(406).body("error", equalTo("not_acceptable"));
    }

    @Test
    void everyFileOfTheDashboardIsServedUnderAStrictPolicy() {
        for (String path : new String[] {"/ui/", "/ui/app.js", "/ui/pages/measures.js", "/ui/app.css",
            "/webjars/uplot/dist/uPlot.esm.js"}) {
            given().get(path).then().statusCode(200)
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", not(containsString("unsafe")))
                    .header("X-Content-Type-Options", equalTo("nosniff"));
        }
    }

    @Test
    void theApiKeepsItsOwnAnswersOutsideTheDashboard() {
        given().get("/q/health/live").then().statusCode(200).header("Content-Security-Policy", equalTo(null));
    }
}
