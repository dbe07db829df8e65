package fr.accdatahub.auth.domain;

import fr.accdatahub.failure.InvalidRequest;
import fr.accdatahub.identity.MandateScope;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A client's mandate for an agreement: valid on the days {@code [from, to)} of the service clock (Paris days; a null
 * end is open: a mandate without {@code from} holds since it was made), for its scopes. Plain Java.
 */
public record Mandate(String agreementId, LocalDate from, LocalDate to, Set<MandateScope> scopes) {

    public static final Set<MandateScope> BOTH = Set.of(MandateScope.READ, MandateScope.SUBMIT);

    public Mandate {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidRequest("to must be after from");
        }
        if (scopes == null || scopes.isEmpty()) {
            scopes = BOTH;  // absent, or the empty list generated clients send for "not set"
        }
        if (!scopes.contains(MandateScope.READ)) {
            throw new InvalidRequest("scopes must include 'read': a mandate to submit reads what it submits for");
        }
        scopes = Set.copyOf(EnumSet.copyOf(scopes));
    }

    /** Scopes as the store writes them, space-separated codes. */
    public static Set<MandateScope> scopesOf(String codes) {
        return Arrays.stream(codes.split(" ")).map(MandateScope::of).collect(Collectors.toSet());
    }

    public boolean validOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
    }

    public boolean submits() {
        return scopes.contains(MandateScope.SUBMIT);
    }
}
