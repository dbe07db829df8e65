package fr.accdatahub.agreement;

import fr.accdatahub.auth.Caller;
import fr.accdatahub.error.ApiException;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Which agreements a caller may see: an operator sees all; a pmo client those of its PMO and those it is mandated
 * for. An agreement the caller may not see is answered exactly like one that does not exist. Call within a session.
 */
@ApplicationScoped
public class AgreementAccess {

    private static final String VISIBLE_TO_PMO = "(pmo.id = :pmo or id in "
            + "(select m.agreementId from Mandate m where m.clientId = :client))";

    public Uni<List<Agreement>> visible(Caller caller) {
        if (caller.isOperator()) {
            return Agreement.listAll(Sort.by("id"));
        }
        return Agreement.find(VISIBLE_TO_PMO + " order by id",
                Parameters.with("pmo", caller.pmoId()).and("client", caller.clientId()))
                .list();
    }

    public Uni<Agreement> find(Caller caller, String agreementId) {
        Uni<Agreement> found = caller.isOperator()
                ? Agreement.findById(agreementId)
                : Agreement.find("id = :id and " + VISIBLE_TO_PMO,
                        Parameters.with("id", agreementId)
                                .and("pmo", caller.pmoId()).and("client", caller.clientId()))
                        .firstResult();
        return found.onItem().ifNull().failWith(() -> unknown(agreementId));
    }

    public static ApiException unknown(String agreementId) {
        return ApiException.notFound("No agreement " + agreementId);
    }
}
