package fr.accdatahub.identifier;

/** A PRM as a request names it, of the right form ({@link Identifiers#USAGE_POINT_ID}). */
public record UsagePointId(String value) {

    public UsagePointId {
        Identifiers.usagePointId("usage_point_id", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
