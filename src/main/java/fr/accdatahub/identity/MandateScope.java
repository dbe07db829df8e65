package fr.accdatahub.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fr.accdatahub.failure.InvalidRequest;

/**
 * What a mandate lets its holder do on an agreement: {@code read} its perimeter, measures, publications and events;
 * {@code submit} its keys, requests and the client's webhook (submit goes with read).
 */
public enum MandateScope {
    READ("read"),
    SUBMIT("submit");

    private final String code;

    MandateScope(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static MandateScope of(String code) {
        for (MandateScope scope : values()) {
            if (scope.code.equals(code)) {
                return scope;
            }
        }
        throw new InvalidRequest("scopes are 'read' and 'submit', not '" + code + "'");
    }
}
