package fr.accdatahub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import fr.accdatahub.failure.Throttled;
import fr.accdatahub.failure.TooManyRequests;
import jakarta.ws.rs.core.Response;
import fr.accdatahub.failure.Failure;
import fr.accdatahub.fault.domain.FaultKind;
import fr.accdatahub.fault.domain.FaultSwitch;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code acc.gateway-profile}: a quota's 429 as the real API manager writes it, or the error format. */
class GatewayProfileTest {

    /** As the service writes JSON: snake_case, unless a field says otherwise. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    @Test
    void underTheWso2ProfileAQuotasRefusalIsTheManagersThrottlingBody() {
        Instant before = Instant.now();
        Response answer = mappers("wso2").failure(new Throttled("Quota of requests per second "
                + "exceeded", 1));
        assertEquals(429, answer.getStatus());
        assertEquals("1", answer.getHeaderString("Retry-After"));
        JsonNode body = JSON.valueToTree(answer.getEntity());
        assertEquals("900804", body.get("code").asText());
        assertEquals("Message throttled out", body.get("message").asText());
        Instant next = Instant.parse(body.get("nextAccessTime").asText());
        assertTrue(!next.isBefore(before.plusSeconds(1).minusMillis(1000)) && next.isBefore(before.plusSeconds(3)),
                next.toString());
        assertTrue(body.get("description").asText().endsWith(next.toString()));
    }

    @Test
    void aLockoutAndTheDefaultProfileKeepTheErrorFormat() {
        Response lockout = mappers("wso2").failure(new TooManyRequests("Too many failed attempts",
                60));
        assertInstanceOf(ErrorBody.class, lockout.getEntity());
        Response quota = mappers("default").failure(new Throttled("Quota exceeded", 1));
        assertEquals("too_many_requests", ((ErrorBody) quota.getEntity()).error());
        assertEquals("1", quota.getHeaderString("Retry-After"));
    }

    @Test
    void aFaultSwitchThrottlesAsTheProfileDoesAndItsOtherRefusalsKeepTheErrorFormat() {
        assertEquals("900804", JSON.valueToTree(mappers("wso2").failure(refusal(FaultKind.THROTTLED)).getEntity())
                .get("code").asText());
        Response technical = mappers("wso2").failure(refusal(FaultKind.TECHNICAL_ERROR));
        assertEquals(500, technical.getStatus());
        assertEquals("technical_error", ((ErrorBody) technical.getEntity()).error());
        Response unavailable = mappers("default").failure(refusal(FaultKind.UNAVAILABLE));
        assertEquals(503, unavailable.getStatus());
        assertEquals("1", unavailable.getHeaderString("Retry-After"));
        Response noData = mappers("default").failure(refusal(FaultKind.NO_DATA));
        assertEquals(404, noData.getStatus());
        assertEquals("no_data_found", ((ErrorBody) noData.getEntity()).error());
    }

    private static Failure refusal(FaultKind kind) {
        return new FaultSwitch(UUID.randomUUID(), "demo-pmo", null, kind, BigDecimal.ONE, null, 0, Instant.now(),
                Instant.now().plusSeconds(60)).refusal().orElseThrow();
    }

    private static ErrorMappers mappers(String profile) {
        return new ErrorMappers(RETRY_AFTER, GatewayProfile.of(profile));
    }

    @Test
    void anUnknownProfileStopsTheService() {
        assertThrows(IllegalArgumentException.class, () -> new GatewayProfile("apigee"));
    }
}
