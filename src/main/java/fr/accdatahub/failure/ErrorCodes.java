package fr.accdatahub.failure;

/** The error codes of the API. OAuth2 ones follow RFC 6749 §5.2; the others are this service's. */
public final class ErrorCodes {
    public static final String INVALID_REQUEST = "invalid_request";
    public static final String INVALID_CLIENT = "invalid_client";
    public static final String INVALID_SCOPE = "invalid_scope";
    public static final String UNSUPPORTED_GRANT_TYPE = "unsupported_grant_type";
    public static final String INVALID_TOKEN = "invalid_token";
    public static final String ACCESS_DENIED = "access_denied";
    public static final String NOT_FOUND = "not_found";
    public static final String METHOD_NOT_ALLOWED = "method_not_allowed";
    public static final String NOT_ACCEPTABLE = "not_acceptable";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type";
    public static final String PAYLOAD_TOO_LARGE = "payload_too_large";
    public static final String CONFLICT = "conflict";
    public static final String TOO_MANY_REQUESTS = "too_many_requests";
    public static final String SERVER_ERROR = "server_error";
    /** RFC 6749's code for a server that cannot answer for now (the database): a 503 with {@code Retry-After}. */
    public static final String TEMPORARILY_UNAVAILABLE = "temporarily_unavailable";
    /** The real gateway's 500, which only the sandbox's fault switches answer. */
    public static final String TECHNICAL_ERROR = "technical_error";

    private ErrorCodes() {
    }
}
