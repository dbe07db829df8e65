package fr.accdatahub.auth;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/** A client to create: a pmo client names its PMO and may be mandated for agreements of other PMOs. */
public record ClientRequest(
        @Pattern(regexp = ClientAdministration.CLIENT_ID, message = "must be 3 to 64 letters, digits, '.', '_' or '-'")
        String clientId,
        @NotNull ClientRole role,
        @Pattern(regexp = "^\\d{14}$", message = "must be 14 digits") String pmoSiret,
        List<@NotNull @Pattern(regexp = "^ACC\\d{8}$", message = "must be ACC followed by 8 digits") String> mandates) {
}
