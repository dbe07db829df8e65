package fr.accdatahub.auth.store;

import fr.accdatahub.auth.domain.Mandate;
import fr.accdatahub.identity.ClientRole;
import fr.accdatahub.identity.MandateScope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.StreamSupport;

/** Mandates with their dates and scopes: set (one per client and agreement), and listed per agreement. */
@ApplicationScoped
public class MandateStore {

    /** A mandate on an agreement, with its holder. */
    public record Held(String clientId, ClientRole role, String name, String siret, Mandate mandate,
            OffsetDateTime createdAt) {
    }

    private static final String PUT = """
            INSERT INTO mandate (client_id, agreement_id, valid_from, valid_to, scopes) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (client_id, agreement_id) DO UPDATE SET valid_from = excluded.valid_from,
                valid_to = excluded.valid_to, scopes = excluded.scopes""";
    private static final String OF_AGREEMENT = """
            SELECT m.client_id, c.role, c.name, c.siret, m.agreement_id, m.valid_from, m.valid_to,
                   array_to_string(m.scopes, ' ') AS scopes, m.created_at
            FROM mandate m JOIN api_client c ON c.client_id = m.client_id
            WHERE m.agreement_id = $1 ORDER BY m.created_at, m.client_id""";

    private final Pool pool;

    public MandateStore(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> put(String clientId, Mandate mandate) {
        String[] scopes = mandate.scopes().stream().map(MandateScope::code).sorted().toArray(String[]::new);
        return pool.preparedQuery(PUT).execute(Tuple.of(clientId, mandate.agreementId(), mandate.from(),
                mandate.to(), scopes)).replaceWithVoid();
    }

    public Uni<List<Held>> ofAgreement(String agreementId) {
        return pool.preparedQuery(OF_AGREEMENT).execute(Tuple.of(agreementId)).map(rows -> StreamSupport
                .stream(rows.spliterator(), false).map(MandateStore::held).toList());
    }

    private static Held held(Row row) {
        Mandate mandate = new Mandate(row.getString("agreement_id"), row.getLocalDate("valid_from"),
                row.getLocalDate("valid_to"), Mandate.scopesOf(row.getString("scopes")));
        return new Held(row.getString("client_id"), ClientRole.of(row.getString("role")), row.getString("name"),
                row.getString("siret"), mandate, row.getOffsetDateTime("created_at"));
    }
}
