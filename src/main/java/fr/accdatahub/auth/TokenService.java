package fr.accdatahub.auth;

import fr.accdatahub.error.ApiException;
import fr.accdatahub.error.ErrorCodes;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** OAuth2 client_credentials: authenticates a client, issues its token, revokes tokens. */
@ApplicationScoped
public class TokenService {

    private final SecretHasher hasher;
    private final TokenIssuer issuer;
    private final RevocationList revocations;

    public TokenService(SecretHasher hasher, TokenIssuer issuer, RevocationList revocations) {
        this.hasher = hasher;
        this.issuer = issuer;
        this.revocations = revocations;
    }

    public Uni<TokenResponse> issue(String grantType, Supplier<ClientCredentials> credentialsOfRequest,
            String requestedScope) {
        if (!issuer.enabled()) {
            throw ApiException.notFound("Tokens are issued by the configured OIDC provider, not by this service");
        }
        if (grantType == null || grantType.isBlank()) {
            throw ApiException.badRequest("grant_type is required");
        }
        if (!"client_credentials".equals(grantType)) {
            throw new ApiException(400, ErrorCodes.UNSUPPORTED_GRANT_TYPE,
                    "Only the client_credentials grant is supported");
        }
        ClientCredentials credentials = credentialsOfRequest.get();
        Uni<ApiClient> lookup = ClientAdministration.isClientId(credentials.clientId())
                ? Panache.withSession(() -> ApiClient.<ApiClient>findById(credentials.clientId()))
                : Uni.createFrom().nullItem();
        return lookup
                .chain(client -> hasher.matchesOffLoop(credentials.secret(), client == null ? null : client.secretHash)
                        .map(matches -> {
                            if (!matches) {
                                throw invalidClient(credentials);
                            }
                            String scope = grantedScope(client.role, requestedScope);
                            return new TokenResponse(issuer.issue(client.clientId, client.role, scope), "Bearer",
                                    issuer.lifetimeSeconds(), scope);
                        }));
    }

    /** Revokes a token this service issued (RFC 7009); anything else is ignored, as the RFC asks. */
    public Uni<Void> revoke(String token) {
        if (token == null || token.isBlank()) {
            throw ApiException.badRequest("token is required");
        }
        return issuer.read(token).map(revocations::revoke).orElse(Uni.createFrom().voidItem());
    }

    private static String grantedScope(ClientRole role, String requested) {
        if (requested == null || requested.isBlank()) {
            return role.scope();
        }
        Set<String> granted = Set.of(role.scope().split(" "));
        Set<String> asked = new LinkedHashSet<>(Arrays.asList(requested.trim().split("\\s+")));
        if (!granted.containsAll(asked)) {
            throw new ApiException(400, ErrorCodes.INVALID_SCOPE,
                    "This client may request only: " + role.scope());
        }
        return String.join(" ", asked);
    }

    private static ApiException invalidClient(ClientCredentials credentials) {
        Map<String, String> headers = credentials.basic()
                ? Map.of("WWW-Authenticate", "Basic realm=\"acc-datahub\"")
                : Map.of();
        return new ApiException(401, ErrorCodes.INVALID_CLIENT, "Unknown client or wrong secret", headers);
    }
}
