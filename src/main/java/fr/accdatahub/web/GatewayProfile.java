package fr.accdatahub.web;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code acc.gateway-profile}: {@code default} keeps the error format everywhere, {@code wso2} answers a quota's 429
 * as the real API manager does ({@link GatewayThrottle}). Checked at start: any other value stops it.
 */
@Startup
@ApplicationScoped
public class GatewayProfile {

    private final boolean wso2;

    public GatewayProfile(@ConfigProperty(name = "acc.gateway-profile") String profile) {
        this.wso2 = of(profile);
    }

    /** Whether the profile is wso2; any value but the two known is refused. */
    static boolean of(String profile) {
        if (!profile.equals("default") && !profile.equals(GatewayThrottle.PROFILE)) {
            throw new IllegalArgumentException("acc.gateway-profile is default or " + GatewayThrottle.PROFILE
                    + ", not " + profile);
        }
        return profile.equals(GatewayThrottle.PROFILE);
    }

    boolean throttlesAsTheGateway() {
        return wso2;
    }
}
