package fr.accdatahub.auth.domain;

import fr.accdatahub.identity.Caller;
import fr.accdatahub.identity.ClientRole;
import java.util.Set;

/** What a request needs of its client: role, PMO, mandates and its own quotas (null: the defaults). */
public record ClientProfile(ClientRole role, Long pmoId, Set<String> mandates, Integer quotaPerSecond,
        Integer quotaPerHour) {

    public ClientProfile {
        mandates = Set.copyOf(mandates);
    }

    public Caller caller(String clientId) {
        return new Caller(clientId, role, pmoId, mandates);
    }
}
