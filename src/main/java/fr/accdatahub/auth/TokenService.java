package fr.accdatahub.auth;

import fr.accdatahub.auth.api.TokenResponse;
import fr.accdatahub.auth.domain.ClientCredentials;
import fr.accdatahub.auth.domain.ClientId;
import fr.accdatahub.auth.store.ClientEntity;
import fr.accdatahub.auth.store.ClientRepository;
import fr.accdatahub.auth.store.RevocationStore;
import fr.accdatahub.failure.ErrorCodes;
import fr.accdatahub.failure.InvalidRequest;
import fr.accdatahub.failure.NotFound;
import fr.accdatahub.failure.Unauthenticated;
import fr.accdatahub.identity.ClientRole;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

/** OAuth2 client_credentials: authenticates a client, issues its token, revokes tokens. */
@ApplicationScoped
public class TokenService {

    private final SecretHasher hasher;
    private final TokenIssuer issuer;
    private final ClientRepository clients;
    private final RevocationStore revocations;
    private final Lockouts lockouts;

    public TokenService(SecretHasher hasher, TokenIssuer issuer, ClientRepository clients,
            RevocationStore revocations, Lockouts lockouts) {
        this.hasher = hasher;
        this.issuer = issuer;
        this.clients = clients;
        this.revocations = revocations;
        this.lockouts = lockouts;
    }

    /**
     * Issues a token to a client whose credentials check out. A client id or a source address locked out by its
     * failed attempts is refused with a 429 before its credentials are looked at, whether the client exists or not.
     */
    public Uni<TokenResponse> issue(String grantType, Supplier<ClientCredentials> credentialsOfRequest,
            String requestedScope, String sourceAddress) {
        requireIssuing();
        if (grantType == null || grantType.isBlank()) {
            throw new InvalidRequest("grant_type is required");
        }
        if (!"client_credentials".equals(grantType)) {
            throw new InvalidRequest(ErrorCodes.UNSUPPORTED_GRANT_TYPE,
                    "Only the client_credentials grant is supported");
        }
        ClientCredentials credentials = credentialsOfRequest.get();
        return lockouts.requireNotLockedOut(credentials.clientId(), sourceAddress).chain(() -> {
            Uni<ClientEntity> lookup = ClientId.isClientId(credentials.clientId())
                    ? Panache.withSession(() -> clients.findById(credentials.clientId()))
                    : Uni.createFrom().nullItem();
            return lookup.chain(client -> matches(client, credentials.secret()).chain(matches -> {
                        if (!matches) {
                            return lockouts.failed(credentials.clientId(), sourceAddress)
                                    .chain(() -> Uni.createFrom().failure(invalidClient(credentials)));
                        }
                        String scope = grantedScope(client.role, requestedScope);
                        return Uni.createFrom().item(new TokenResponse(issuer.issue(client.clientId, client.role,
                                scope), "Bearer", issuer.lifetimeSeconds(), scope));
                    }));
        });
    }

    /** Whether the secret is the client's, or its previous one while that still works after a rotation (real time). */
    private Uni<Boolean> matches(ClientEntity client, String secret) {
        return hasher.matchesOffLoop(secret, client == null ? null : client.secretHash).chain(current -> {
            boolean previousWorks = client != null && client.previousSecretHash != null
                    && client.previousValidUntil != null && Instant.now().isBefore(client.previousValidUntil.toInstant());
            return current || !previousWorks ? Uni.createFrom().item(current)
                    : hasher.matchesOffLoop(secret, client.previousSecretHash);
        });
    }

    /** The JWK set of the keys the service's tokens are verified with; a 404 when an external provider issues them. */
    public String keySet() {
        requireIssuing();
        return issuer.keySet();
    }

    private void requireIssuing() {
        if (!issuer.enabled()) {
            throw new NotFound("Tokens are issued by the configured OIDC provider, not by this service");
        }
    }

    /** Revokes a token this service issued (RFC 7009); anything else is ignored, as the RFC asks. */
    public Uni<Void> revoke(String token) {
        if (token == null || token.isBlank()) {
            throw new InvalidRequest("token is required");
        }
        return issuer.read(token)
                .map(issued -> revocations.revoke(issued.jti(), issued.expiresAt()))
                .orElse(Uni.createFrom().voidItem());
    }

    private static String grantedScope(ClientRole role, String requested) {
        if (requested == null || requested.isBlank()) {
            return role.scope();
        }
        Set<String> granted = Set.of(role.scope().split(" "));
        Set<String> asked = new LinkedHashSet<>(Arrays.asList(requested.trim().split("\\s+")));
        if (!granted.containsAll(asked)) {
            throw new InvalidRequest(ErrorCodes.INVALID_SCOPE, "This client may request only: " + role.scope());
        }
        return String.join(" ", asked);
    }

    private static Unauthenticated invalidClient(ClientCredentials credentials) {
        return new Unauthenticated(ErrorCodes.INVALID_CLIENT, "Unknown client or wrong secret",
                credentials.basic() ? ClientCredentials.BASIC_CHALLENGE : null);
    }
}
