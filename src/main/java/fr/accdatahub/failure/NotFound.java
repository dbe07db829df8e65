package fr.accdatahub.failure;

/** What the request names does not exist, or the caller may not see it (answered alike). */
public class NotFound extends Failure {

    public NotFound(String description) {
        this(ErrorCodes.NOT_FOUND, description);
    }

    /** With a more specific code, e.g. {@code no_data_found}. */
    public NotFound(String code, String description) {
        super(code, description);
    }
}
