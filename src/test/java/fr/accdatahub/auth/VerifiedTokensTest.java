package fr.accdatahub.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private final VerifiedTokens tokens = new VerifiedTokens();

    @Test
    void aVerifiedTokenIsAnsweredAgainWithThisRequestsContextInPlaceOfTheFirstOnes() {
        RoutingContext first = routing();
        tokens.remember(verified("token-1", Instant.now().plusSeconds(3600), first));
        RoutingContext second = routing();

        SecurityIdentity again = tokens.authenticate(request("token-1", second), null).await().indefinitely();

        assertEquals("client-1", again.getPrincipal().getName());
        assertEquals(Set.of("pmo"), again.getRoles());
        assertEquals("Default", again.getAttribute("tenant-id"));
        assertSame(second, again.getAttribute(RoutingContext.class.getName()));
    }

    @Test
    void aTokenNeverVerifiedIsLeftToQuarkusOidc() {
        tokens.remember(verified("token-1", Instant.now().plusSeconds(3600), routing()));

        assertNull(tokens.authenticate(request("token-2", routing()), null).await().indefinitely());
    }

    @Test
    void anExpiredTokenIsLeftToQuarkusOidcWhichRefusesIt() {
        tokens.remember(verified("token-1", Instant.now().minusSeconds(1), routing()));

        assertNull(tokens.authenticate(request("token-1", routing()), null).await().indefinitely());
    }

    private static SecurityIdentity verified(String raw, Instant expiry, RoutingContext routing) {
        Map<String, Object> claims = Map.of("raw_token", raw, "exp", expiry.getEpochSecond(), "sub", "client-1");
        JsonWebToken token = new JsonWebToken() {
            @Override
            public String getName() {
                return "client-1";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
        return QuarkusSecurityIdentity.builder().setPrincipal(token).addRole("pmo")
                .addCredential(new AccessTokenCredential(raw))
                .addAttribute("tenant-id", "Default")
                .addAttribute(RoutingContext.class.getName(), routing)
                .build();
    }

    private static TokenAuthenticationRequest request(String raw, RoutingContext routing) {
        TokenAuthenticationRequest request = new TokenAuthenticationRequest(new AccessTokenCredential(raw));
        HttpSecurityUtils.setRoutingContextAttribute(request, routing);
        return request;
    }

    /** A request's context: only its identity matters here. */
    private static RoutingContext routing() {
        return (RoutingContext) Proxy.newProxyInstance(RoutingContext.class.getClassLoader(),
                new Class<?>[] {RoutingContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }
}
