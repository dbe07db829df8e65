package fr.accdatahub.failure;

/**
 * A client's quota of requests used up: the throttling of the API manager in front of the real Datahub, which a
 * gateway profile may answer in that manager's own shape (other refusals of too many requests, such as a lockout of
 * the token endpoint, keep the error format).
 */
public class Throttled extends TooManyRequests {

    public Throttled(String description, int retryAfterSeconds) {
        super(description, retryAfterSeconds);
    }
}
