package fr.accdatahub.agreement.store;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Agreements' rows, for the operator's changes (reads go through {@link AgreementReads}). Call within a session. */
@ApplicationScoped
public class AgreementRepository implements PanacheRepositoryBase<AgreementEntity, String> {

    private static final String NEXT_NUMBER = "SELECT nextval('agreement_number')";

    /** The next number of the {@code agreement_number} sequence. */
    public Uni<Long> nextNumber() {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(NEXT_NUMBER, Long.class).getSingleResult());
    }
}
