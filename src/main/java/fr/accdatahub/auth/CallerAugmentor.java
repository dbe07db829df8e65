package fr.accdatahub.auth;

import fr.accdatahub.auth.domain.ClientProfile;
import fr.accdatahub.clock.ServiceClock;
import fr.accdatahub.identity.Caller;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * After quarkus-oidc has checked a token (signature, issuer, audience, expiry), binds it to a registered client: a
 * token of the service's own must name its signing key ({@code kid}), the client must still exist, the token must not
 * be revoked, and the request is counted against the client's quotas. The client's role, PMO and mandates (those valid today on the service clock) come from the {@link CallerDirectory} (the database, as this replica
 * knows it), so a token of an external provider needs no role claim, only the client's id ({@code client_id},
 * {@code azp} or {@code sub}).
 */
@ApplicationScoped
public class CallerAugmentor implements SecurityIdentityAugmentor {

    private final CallerDirectory directory;
    private final Quotas quotas;
    private final TokenIssuer issuer;
    private final ServiceClock clock;
    private final VerifiedTokens verified;

    public CallerAugmentor(CallerDirectory directory, Quotas quotas, TokenIssuer issuer, ServiceClock clock,
            VerifiedTokens verified) {
        this.directory = directory;
        this.quotas = quotas;
        this.issuer = issuer;
        this.clock = clock;
        this.verified = verified;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        if (!issuer.isOwnKeyOf(token.getRawToken())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Not signed under the service's kid"));
        }
        String clientId = clientId(token);
        return directory.isRevoked(token.getTokenID()).chain(revoked -> {
            if (revoked) {
                throw new AuthenticationFailedException("Revoked token");
            }
            return directory.client(clientId);
        }).chain(found -> clock.today().map(today -> {
            ClientProfile client = found.orElseThrow(() -> new AuthenticationFailedException("Unknown client " + clientId));
            quotas.check(clientId, client);
            verified.remember(identity);
            Caller caller = client.caller(clientId, today);
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(identity.getPrincipal())
                    .addCredentials(identity.getCredentials())
                    .addAttributes(identity.getAttributes())
                    .addAttribute(Caller.ATTRIBUTE, caller)
                    .addRole(caller.role().securityRole())
                    .build();
        }));
    }

    private static String clientId(JsonWebToken token) {
        for (String claim : new String[] {"client_id", "azp"}) {
            Object value = token.getClaim(claim);
            if (value != null) {
                return value.toString().replace("\"", "");
            }
        }
        return token.getSubject();
    }
}
