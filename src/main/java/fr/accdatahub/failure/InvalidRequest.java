package fr.accdatahub.failure;

/** The request is malformed or breaks a rule of its own shape; nothing was changed. */
public class InvalidRequest extends Failure {

    public InvalidRequest(String description) {
        this(ErrorCodes.INVALID_REQUEST, description);
    }

    /** With a more specific code, e.g. {@code unsupported_grant_type}. */
    public InvalidRequest(String code, String description) {
        super(code, description);
    }
}
