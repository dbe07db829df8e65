package fr.accdatahub.auth;

import fr.accdatahub.error.ApiException;
import fr.accdatahub.error.ErrorCodes;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** The client id and secret of a token request, from HTTP Basic or from the form (RFC 6749 §2.3.1), not both. */
public record ClientCredentials(String clientId, String secret, boolean basic) {

    public static ClientCredentials from(String authorization, String formId, String formSecret) {
        boolean hasForm = formId != null || formSecret != null;
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (hasForm) {
                throw ApiException.badRequest("Send the client credentials either as HTTP Basic or in the form, not both");
            }
            return fromBasic(authorization.substring(6).trim());
        }
        if (formId == null || formId.isBlank() || formSecret == null || formSecret.isEmpty()) {
            throw new ApiException(401, ErrorCodes.INVALID_CLIENT,
                    "Client authentication required: HTTP Basic, or client_id and client_secret in the form",
                    Map.of("WWW-Authenticate", "Basic realm=\"acc-datahub\""));
        }
        return new ClientCredentials(formId, formSecret, false);
    }

    private static ClientCredentials fromBasic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("The Basic authorization header is not valid base64");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw ApiException.badRequest("The Basic authorization header must hold client_id:client_secret");
        }
        // RFC 6749 §2.3.1: both parts are form-urlencoded before being joined.
        return new ClientCredentials(urlDecode(decoded.substring(0, colon)), urlDecode(decoded.substring(colon + 1)), true);
    }

    private static String urlDecode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("The Basic authorization header is not correctly encoded");
        }
    }
}
