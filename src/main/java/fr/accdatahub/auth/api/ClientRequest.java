package fr.accdatahub.auth.api;

import fr.accdatahub.auth.domain.ClientId;
import fr.accdatahub.identifier.Identifiers;
import fr.accdatahub.identity.ClientRole;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.List;

/**
 * A client to create: a pmo client names its PMO and may be mandated for agreements of other PMOs; a client may have
 * its own request quotas.
 */
public record ClientRequest(
        @Pattern(regexp = ClientId.PATTERN, message = "must be 3 to 64 letters, digits, '.', '_' or '-'")
        String clientId,
        @NotNull ClientRole role,
        @Pattern(regexp = Identifiers.SIRET, message = "must be 14 digits") String pmoSiret,
        List<@NotNull @Pattern(regexp = Identifiers.AGREEMENT_ID, message = "must be ACC followed by 8 digits")
                String> mandates,
        @Positive Integer quotaPerSecond,
        @Positive Integer quotaPerHour) {

    public ClientRequest(String clientId, ClientRole role, String pmoSiret, List<String> mandates) {
        this(clientId, role, pmoSiret, mandates, null, null);
    }
}
