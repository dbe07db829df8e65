package fr.accdatahub.auth.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.accdatahub.auth.store.MandateStore;
import fr.accdatahub.identity.ClientRole;
import fr.accdatahub.identity.MandateScope;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A mandate on an agreement as its PMO sees it: who holds it, on which days, to do what. */
public record MandateView(String clientId, ClientRole role, @JsonInclude(JsonInclude.Include.NON_NULL) String name,
        @JsonInclude(JsonInclude.Include.NON_NULL) String siret, LocalDate from, LocalDate to,
        List<MandateScope> scopes, OffsetDateTime createdAt) {

    static MandateView of(MandateStore.Held held) {
        return new MandateView(held.clientId(), held.role(), held.name(), held.siret(), held.mandate().from(),
                held.mandate().to(), held.mandate().scopes().stream().sorted().toList(), held.createdAt());
    }
}
