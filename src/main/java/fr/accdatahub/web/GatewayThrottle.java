package fr.accdatahub.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A quota's 429 as the WSO2 API manager in front of the real Datahub writes it, with {@code acc.gateway-profile=wso2}:
 * the manager's throttling code and when the client may call again (ISO 8601, UTC).
 */
record GatewayThrottle(String code, String message, String description,
        @JsonProperty("nextAccessTime") String nextAccessTime) {

    static final String PROFILE = "wso2";

    static GatewayThrottle after(int retryAfterSeconds, Instant now) {
        String next = now.plusSeconds(retryAfterSeconds).truncatedTo(ChronoUnit.SECONDS).toString();
        return new GatewayThrottle("900804", "Message throttled out",
                "You have exceeded your quota. You can access API after " + next, next);
    }
}
