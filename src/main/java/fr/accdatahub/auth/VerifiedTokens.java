package fr.accdatahub.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The tokens quarkus-oidc has verified (signature, issuer, audience, expiry), kept until they expire: a client's next
 * request with the same token skips the RS256 check and the parse, a fifth of the CPU of a small authenticated GET.
 * Only quarkus-oidc's answer is kept, never a caller: every request, from here or from quarkus-oidc, still goes
 * through {@link CallerAugmentor} (the service's {@code kid}, revocation, the client, its quotas and mandates). Per
 * replica, bounded; an identity served again gets the current request's context in place of the first one's.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    /** At most this many tokens held (a token is valid for hours: about one per active client). */
    private static final int HELD = 10_000;

    /** The attributes quarkus-oidc binds to the request that built the identity. */
    private static final Set<String> REQUEST_BOUND = Set.of(RoutingContext.class.getName(),
            AuthenticationRequestContext.class.getName());

    private final Cache<String, SecurityIdentity> verified = Caffeine.newBuilder()
            .maximumSize(HELD)
            .expireAfter(Expiry.creating((String token, SecurityIdentity identity) ->
                    Duration.ofMillis(Math.max(0, millisLeft(identity)))))
            .build();

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before quarkus-oidc's provider, which verifies what this one does not hold. */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        SecurityIdentity known = verified.getIfPresent(request.getToken().getToken());
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (known == null || routing == null || millisLeft(known) <= 0) {
            return Uni.createFrom().nullItem();
        }
        // The two attributes quarkus-oidc binds to the request that built the identity, replaced by this request's.
        QuarkusSecurityIdentity.Builder again = QuarkusSecurityIdentity.builder(known)
                .addAttribute(RoutingContext.class.getName(), routing);
        Object blocking = routing.get(AuthenticationRequestContext.class.getName());
        if (blocking != null) {
            again.addAttribute(AuthenticationRequestContext.class.getName(), blocking);
        }
        return Uni.createFrom().item(again.build());
    }

    /**
     * Keeps what quarkus-oidc answered for this token until the token expires: its principal, credentials, roles and
     * attributes, but not the request it came with (nor permissions: the service checks roles only).
     */
    void remember(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token) || token.getRawToken() == null
                || verified.getIfPresent(token.getRawToken()) != null) {
            return;
        }
        QuarkusSecurityIdentity.Builder kept = QuarkusSecurityIdentity.builder()
                .setPrincipal(token)
                .addCredentials(identity.getCredentials())
                .addRoles(identity.getRoles());
        identity.getAttributes().forEach((name, value) -> {
            if (!REQUEST_BOUND.contains(name)) {
                kept.addAttribute(name, value);
            }
        });
        verified.put(token.getRawToken(), kept.build());
    }

    private static long millisLeft(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken token
                ? TimeUnit.SECONDS.toMillis(token.getExpirationTime()) - System.currentTimeMillis() : 0;
    }
}
