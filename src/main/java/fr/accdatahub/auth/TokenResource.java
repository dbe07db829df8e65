package fr.accdatahub.auth;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

/** OAuth2 token endpoints, on the real Datahub paths. */
@Path("/oauth2/v3")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class TokenResource {

    private final TokenService tokens;

    public TokenResource(TokenService tokens) {
        this.tokens = tokens;
    }

    @POST
    @Path("/token")
    public Uni<Response> token(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @RestForm("grant_type") String grantType,
            @RestForm("client_id") String clientId,
            @RestForm("client_secret") String clientSecret,
            @RestForm("scope") String scope) {
        return tokens.issue(grantType, () -> ClientCredentials.from(authorization, clientId, clientSecret), scope).map(body -> noStore(Response.ok(body)));
    }

    @POST
    @Path("/revoke")
    public Uni<Response> revoke(@RestForm("token") String token) {
        return tokens.revoke(token).map(nothing -> noStore(Response.ok()));
    }

    private static Response noStore(Response.ResponseBuilder builder) {
        return builder.header(HttpHeaders.CACHE_CONTROL, "no-store").header("Pragma", "no-cache").build();
    }
}
