package fr.accdatahub.failure;

import java.util.Optional;

/** The client could not be authenticated; the challenge, when given, tells it how to authenticate. */
public class Unauthenticated extends Failure {

    private final String challenge;

    public Unauthenticated(String code, String description, String challenge) {
        super(code, description);
        this.challenge = challenge;
    }

    /** The {@code WWW-Authenticate} challenge, if any. */
    public Optional<String> challenge() {
        return Optional.ofNullable(challenge);
    }
}
