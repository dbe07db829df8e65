package fr.accdatahub.auth;

import fr.accdatahub.auth.domain.SigningKey;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TenantConfigResolver;
import io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Signing keys rotate without downtime: quarkus-oidc verifies with one public key per tenant, so a token that names
 * the previous key's {@code kid} is verified by a tenant of that key (same issuer, audience and roles as the
 * default one); every other token by the default tenant, with the current key.
 */
@ApplicationScoped
public class PreviousKeyTenant implements TenantConfigResolver {

    private static final String BEARER = "Bearer ";

    private final TokenIssuer issuer;
    private final Optional<OidcTenantConfig> previous;

    public PreviousKeyTenant(TokenIssuer issuer) {
        this.issuer = issuer;
        this.previous = issuer.previousKey().map(this::tenantOf);
    }

    @Override
    public Uni<OidcTenantConfig> resolve(RoutingContext context, OidcRequestContext<OidcTenantConfig> request) {
        String authorization = context.request().getHeader("Authorization");
        if (previous.isEmpty() || authorization == null || !authorization.startsWith(BEARER)) {
            return Uni.createFrom().nullItem();
        }
        String token = authorization.substring(BEARER.length()).trim();
        boolean signedByPrevious = issuer.keyOf(token).map(key -> key == issuer.previousKey().orElseThrow())
                .orElse(false);
        return Uni.createFrom().item(signedByPrevious ? previous.get() : null);
    }

    private OidcTenantConfig tenantOf(SigningKey key) {
        return OidcTenantConfig.builder()
                .tenantId("previous-signing-key")
                .applicationType(ApplicationType.SERVICE)
                .publicKey(key.publicKeyBase64())
                .token().issuer(issuer.issuer()).audience(List.of(issuer.audience())).end()
                .roles().roleClaimPath("groups").end()
                .build();
    }
}
