package fr.accdatahub.auth.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.accdatahub.identity.ClientRole;
import java.util.List;

/** A client as the operator sees it; the secret appears only in the answer that created the client. */
public record ClientView(
        String clientId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String clientSecret,
        ClientRole role,
        String pmoSiret,
        List<String> mandates,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer quotaPerSecond,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer quotaPerHour) {
}
