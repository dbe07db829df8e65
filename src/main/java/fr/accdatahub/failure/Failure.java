package fr.accdatahub.failure;

/**
 * A failure the caller can act on: a stable error code and a human description. Domain code throws one of its kinds
 * ({@link InvalidRequest}, {@link NotFound}, {@link Conflict}, {@link Unauthenticated}, {@link Forbidden},
 * {@link TooManyRequests}, {@link Unavailable}, {@link TechnicalError}), or a
 * typed exception of its own that extends one; the web layer alone turns them into HTTP answers in the one error
 * format. This package imports nothing, so that every package may use it.
 */
public abstract class Failure extends RuntimeException {

    private final String code;

    Failure(String code, String description) {
        super(description, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
