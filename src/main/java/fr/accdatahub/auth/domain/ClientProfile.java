package fr.accdatahub.auth.domain;

import fr.accdatahub.identity.Caller;
import fr.accdatahub.identity.ClientRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What a request needs of its client: role, PMO, mandates and its own quotas (null: the defaults). */
public record ClientProfile(ClientRole role, Long pmoId, List<Mandate> mandates, Integer quotaPerSecond,
        Integer quotaPerHour) {

    public ClientProfile {
        mandates = List.copyOf(mandates);
    }

    /** The client as a caller on {@code today}: the mandates valid that day, and those of them that submit. */
    public Caller caller(String clientId, LocalDate today) {
        List<Mandate> valid = mandates.stream().filter(mandate -> mandate.validOn(today)).toList();
        return new Caller(clientId, role, pmoId, ids(valid), ids(valid.stream().filter(Mandate::submits).toList()));
    }

    private static Set<String> ids(List<Mandate> mandates) {
        return mandates.stream().map(Mandate::agreementId).collect(Collectors.toSet());
    }
}
