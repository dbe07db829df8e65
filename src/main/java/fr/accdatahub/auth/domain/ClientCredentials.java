package fr.accdatahub.auth.domain;

import fr.accdatahub.failure.ErrorCodes;
import fr.accdatahub.failure.InvalidRequest;
import fr.accdatahub.failure.Unauthenticated;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The client id and secret of a token request, from HTTP Basic or from the form (RFC 6749 §2.3.1), not both. */
public record ClientCredentials(String clientId, String secret, boolean basic) {

    /** The challenge of a 401 to a client that may authenticate with HTTP Basic. */
    public static final String BASIC_CHALLENGE = "Basic realm=\"acc-datahub\"";

    public static ClientCredentials from(String authorization, String formId, String formSecret) {
        boolean hasForm = formId != null || formSecret != null;
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (hasForm) {
                throw new InvalidRequest("Send the client credentials either as HTTP Basic or in the form, not both");
            }
            return fromBasic(authorization.substring(6).trim());
        }
        if (formId == null || formId.isBlank() || formSecret == null || formSecret.isEmpty()) {
            throw new Unauthenticated(ErrorCodes.INVALID_CLIENT,
                    "Client authentication required: HTTP Basic, or client_id and client_secret in the form",
                    BASIC_CHALLENGE);
        }
        return new ClientCredentials(formId, formSecret, false);
    }

    private static ClientCredentials fromBasic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("The Basic authorization header is not valid base64");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw new InvalidRequest("The Basic authorization header must hold client_id:client_secret");
        }
        // RFC 6749 §2.3.1: both parts are form-urlencoded before being joined.
        return new ClientCredentials(urlDecode(decoded.substring(0, colon)), urlDecode(decoded.substring(colon + 1)), true);
    }

    private static String urlDecode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("The Basic authorization header is not correctly encoded");
        }
    }
}
