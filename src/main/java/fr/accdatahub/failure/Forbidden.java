package fr.accdatahub.failure;

/** The caller may see what it names but not do this to it (a mandate without the scope): a 403. */
public class Forbidden extends Failure {

    public Forbidden(String description) {
        super(ErrorCodes.ACCESS_DENIED, description);
    }
}
