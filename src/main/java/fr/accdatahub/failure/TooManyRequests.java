package fr.accdatahub.failure;

/** The client went over a quota; it may try again after {@link #retryAfterSeconds()}. */
public class TooManyRequests extends Failure {

    private final int retryAfterSeconds;

    public TooManyRequests(String description, int retryAfterSeconds) {
        super(ErrorCodes.TOO_MANY_REQUESTS, description);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
