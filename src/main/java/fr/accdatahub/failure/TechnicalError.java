package fr.accdatahub.failure;

/**
 * A failure of the service itself, answered as the real gateway does ({@code technical_error}, a 500). Only the
 * sandbox's fault switches raise it, on purpose; a failure nobody foresaw is a {@code server_error}.
 */
public class TechnicalError extends Failure {

    public TechnicalError(String description) {
        super(ErrorCodes.TECHNICAL_ERROR, description);
    }
}
