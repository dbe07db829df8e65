package fr.accdatahub.auth.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.accdatahub.identity.ClientRole;
import java.util.List;

/** A client as the operator sees it; the secret appears only in the answer that created (or rotated) it. */
public record ClientView(
        String clientId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String clientSecret,
        ClientRole role,
        String pmoSiret,
        List<String> mandates,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer quotaPerSecond,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer quotaPerHour,
        @JsonInclude(JsonInclude.Include.NON_NULL) String name,
        @JsonInclude(JsonInclude.Include.NON_NULL) String siret,
        @JsonInclude(JsonInclude.Include.NON_NULL) String contact) {

    /** The same view, with the secret shown once. */
    public ClientView withSecret(String secret) {
        return new ClientView(clientId, secret, role, pmoSiret, mandates, quotaPerSecond, quotaPerHour, name, siret,
                contact);
    }
}
