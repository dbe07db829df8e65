package fr.accdatahub.auth.api;

/** RFC 6749 §5.1 access token response. */
public record TokenResponse(String accessToken, String tokenType, long expiresIn, String scope) {
}
