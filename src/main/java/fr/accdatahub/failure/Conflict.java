package fr.accdatahub.failure;

/** The request is well formed but conflicts with the current state or a rule over it; nothing was changed. */
public class Conflict extends Failure {

    public Conflict(String code, String description) {
        super(code, description);
    }
}
