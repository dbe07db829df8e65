package fr.accdatahub.request.api;

import fr.accdatahub.failure.InvalidRequest;
import fr.accdatahub.request.domain.RequestStatus;
import java.util.Arrays;

/** The {@code status} filter of request lists. */
final class Statuses {

    private Statuses() {
    }

    /** The status asked for, or null for any. */
    static RequestStatus of(String status) {
        if (status == null || status.isEmpty()) {
            return null;
        }
        return Arrays.stream(RequestStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElseThrow(() -> new InvalidRequest("status must be one of "
                        + Arrays.toString(RequestStatus.values()) + ", not '" + status + "'"));
    }
}
