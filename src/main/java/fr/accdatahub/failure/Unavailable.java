package fr.accdatahub.failure;

/** The service cannot answer for now; the caller may try again after {@link #retryAfterSeconds()} (a 503). */
public class Unavailable extends Failure {

    private final int retryAfterSeconds;

    public Unavailable(String description, int retryAfterSeconds) {
        super(ErrorCodes.TEMPORARILY_UNAVAILABLE, description);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
