package fr.accdatahub.auth.api;

import fr.accdatahub.auth.TokenService;
import fr.accdatahub.auth.domain.ClientCredentials;
import fr.accdatahub.web.FormBody;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * OAuth2 token endpoints, on the real Datahub paths. The form is read by {@link FormBody}, so that a malformed one is
 * a 400 in the error format. The source address a token request is throttled by is the peer's (or the one a trusted
 * proxy forwarded, when {@code quarkus.http.proxy.*} says which proxies are).
 */
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
    public Uni<Response> token(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Context HttpServerRequest request,
            String body) {
        FormBody form = FormBody.parse(contentType, body);
        return tokens.issue(form.get("grant_type"),
                        () -> ClientCredentials.from(authorization, form.get("client_id"), form.get("client_secret")),
                        form.get("scope"), request.remoteAddress() == null ? null
                                : request.remoteAddress().hostAddress())
                .map(token -> noStore(Response.ok(token)));
    }

    /** The public keys the service's tokens are verified with (RFC 7517), the previous one too during a rotation. */
    @GET
    @Path("/jwks")
    public Response keys() {
        return Response.ok(tokens.keySet()).header(HttpHeaders.CACHE_CONTROL, "max-age=300").build();
    }

    @POST
    @Path("/revoke")
    public Uni<Response> revoke(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        return tokens.revoke(FormBody.parse(contentType, body).get("token")).map(nothing -> noStore(Response.ok()));
    }

    private static Response noStore(Response.ResponseBuilder builder) {
        return builder.header(HttpHeaders.CACHE_CONTROL, "no-store").header("Pragma", "no-cache").build();
    }
}
