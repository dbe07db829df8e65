package fr.accdatahub.web;

/**
 * A refusal by the HTTP layer itself, of a body's media type or size, with its status. Thrown only by this package's
 * readers; domain code throws failures, which know no statuses.
 */
public final class HttpError extends RuntimeException {

    private final int status;
    private final String code;

    HttpError(int status, String code, String description) {
        super(description, null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
