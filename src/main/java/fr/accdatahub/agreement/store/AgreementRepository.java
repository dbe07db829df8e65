package fr.accdatahub.agreement.store;

import fr.accdatahub.identity.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Agreements' rows, and which of them a caller may see: an operator sees all; a pmo client those of its PMO and those
 * it is mandated for. Call within a session.
 */
@ApplicationScoped
public class AgreementRepository implements PanacheRepositoryBase<AgreementEntity, String> {

    private static final String OF_PMO = "pmo.id = :pmo";
    private static final String OF_PMO_OR_MANDATED = "(pmo.id = :pmo or id in :mandates)";
    private static final String NEXT_NUMBER = "SELECT nextval('agreement_number')";

    public Uni<List<AgreementEntity>> visible(Caller caller) {
        if (caller.isOperator()) {
            return listAll(Sort.by("id"));
        }
        return find(visibleToPmo(caller) + " order by id", pmoParameters(caller)).list();
    }

    /** The agreement if the caller may see it, else null. */
    public Uni<AgreementEntity> visible(Caller caller, String agreementId) {
        if (caller.isOperator()) {
            return findById(agreementId);
        }
        return find("id = :id and " + visibleToPmo(caller), pmoParameters(caller).and("id", agreementId))
                .firstResult();
    }

    /** The next number of the {@code agreement_number} sequence. */
    public Uni<Long> nextNumber() {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(NEXT_NUMBER, Long.class).getSingleResult());
    }

    private static String visibleToPmo(Caller caller) {
        return caller.mandates().isEmpty() ? OF_PMO : OF_PMO_OR_MANDATED;
    }

    private static Parameters pmoParameters(Caller caller) {
        Parameters parameters = Parameters.with("pmo", caller.pmoId());
        return caller.mandates().isEmpty() ? parameters : parameters.and("mandates", caller.mandates());
    }
}
