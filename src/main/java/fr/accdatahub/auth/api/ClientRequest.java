package fr.accdatahub.auth.api;

import fr.accdatahub.auth.domain.ClientId;
import fr.accdatahub.identifier.Identifiers;
import fr.accdatahub.identity.ClientRole;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A client to create: a pmo client names its PMO ({@code pmo_siret}) and may be mandated for agreements of other
 * PMOs; a mandataire client gives its own {@code name}, {@code siret} and optional {@code contact} and acts only
 * through mandates; a client may have its own request quotas.
 */
public record ClientRequest(
        @Pattern(regexp = ClientId.PATTERN, message = "must be 3 to 64 letters, digits, '.', '_' or '-'")
        String clientId,
        @NotNull ClientRole role,
        @Pattern(regexp = Identifiers.SIRET, message = "must be 14 digits") String pmoSiret,
        List<@NotNull @Pattern(regexp = Identifiers.AGREEMENT_ID, message = "must be ACC followed by 8 digits")
                String> mandates,
        @Positive Integer quotaPerSecond,
        @Positive Integer quotaPerHour,
        @Size(min = 1, max = 200) String name,
        @Pattern(regexp = Identifiers.SIRET, message = "must be 14 digits") String siret,
        @Size(min = 3, max = 254) String contact) {

    public ClientRequest(String clientId, ClientRole role, String pmoSiret, List<String> mandates) {
        this(clientId, role, pmoSiret, mandates, null, null, null, null, null);
    }
}
