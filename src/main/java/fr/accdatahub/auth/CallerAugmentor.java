package fr.accdatahub.auth;

import fr.accdatahub.auth.store.CallerStore;
import fr.accdatahub.auth.store.CallerStore.ClientState;
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
 * After quarkus-oidc has checked a token (signature, issuer, audience, expiry), binds it to a registered client:
 * the client must still exist, the token must not be revoked, and the request is counted against the client's
 * quotas. The client's role, PMO and mandates come from the database, so a token of an external provider needs no
 * role claim, only the client's id ({@code client_id}, {@code azp} or {@code sub}).
 */
@ApplicationScoped
public class CallerAugmentor implements SecurityIdentityAugmentor {

    private final CallerStore store;
    private final Quotas quotas;

    public CallerAugmentor(CallerStore store, Quotas quotas) {
        this.store = store;
        this.quotas = quotas;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        String clientId = clientId(token);
        return store.checkAndCount(clientId, token.getTokenID()).map(found -> {
            ClientState client = found.orElseThrow(() -> new AuthenticationFailedException("Unknown client " + clientId));
            if (client.revoked()) {
                throw new AuthenticationFailedException("Revoked token");
            }
            quotas.check(client);
            Caller caller = new Caller(clientId, client.role(), client.pmoId(), client.mandates());
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(identity.getPrincipal())
                    .addCredentials(identity.getCredentials())
                    .addAttributes(identity.getAttributes())
                    .addAttribute(Caller.ATTRIBUTE, caller)
                    .addRole(caller.role().code())
                    .build();
        });
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
