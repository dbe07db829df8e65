package fr.accdatahub.error;

import java.util.Map;

/**
 * A failure the caller can act on: an HTTP status, a stable error code and a human description.
 * Thrown anywhere in the service and turned into the one error format by {@link ErrorMappers}.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> headers;

    public ApiException(int status, String code, String description) {
        this(status, code, description, Map.of());
    }

    public ApiException(int status, String code, String description, Map<String, String> headers) {
        super(description, null, false, false);
        this.status = status;
        this.code = code;
        this.headers = headers;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public static ApiException badRequest(String description) {
        return new ApiException(400, ErrorCodes.INVALID_REQUEST, description);
    }

    public static ApiException notFound(String description) {
        return new ApiException(404, ErrorCodes.NOT_FOUND, description);
    }

    public static ApiException conflict(String code, String description) {
        return new ApiException(409, code, description);
    }
}
