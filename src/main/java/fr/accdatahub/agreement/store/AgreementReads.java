package fr.accdatahub.agreement.store;

import fr.accdatahub.agreement.domain.Agreement;
import fr.accdatahub.agreement.domain.AgreementStatus;
import fr.accdatahub.agreement.domain.GeographicCategory;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.agreement.domain.Lifecycle;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.calendar.History;
import fr.accdatahub.identity.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agreements a caller may see, read in one statement with their dated key types and statuses and the days their
 * perimeter holds consumers and producers (each role's attachments merged into ranges): what lists and single reads
 * need, without loading every attachment. An operator sees all; a pmo client those of its PMO and those it is
 * mandated for.
 */
@ApplicationScoped
public class AgreementReads {

    private static final String OWNED = "SELECT 1 FROM agreement WHERE id = $1 AND pmo_id = $2";
    private static final String READ = """
            SELECT a.id, a.name, a.start_date, a.anniversary_day, a.geographic_scope, p.name, p.siret,
                   a.geographic_category, a.insee_code, a.hlm,
                   (SELECT json_agg(json_build_array(v.attribute, v.value, v.valid_from, v.valid_to)
                                    ORDER BY v.attribute, v.valid_from)
                    FROM agreement_version v WHERE v.agreement_id = a.id) AS versions,
                   (SELECT json_agg(json_build_array(c.role, lower(c.days), upper(c.days)))
                    FROM (SELECT r.role, unnest(range_agg(daterange(r.start_date, r.end_date))) AS days
                          FROM participant r WHERE r.agreement_id = a.id GROUP BY r.role) c) AS coverage
            FROM agreement a JOIN pmo p ON p.id = a.pmo_id
            WHERE ($1 OR a.pmo_id = $2 OR a.id = ANY($3)) AND ($4::text IS NULL OR a.id = $4)
            ORDER BY a.id""";

    private final Pool pool;

    public AgreementReads(Pool pool) {
        this.pool = pool;
    }

    /** Every agreement the caller may see, by id. */
    /** Whether the agreement is one of the PMO's own (not one it is mandated for). */
    public Uni<Boolean> ownedBy(Long pmoId, String agreementId) {
        return pool.preparedQuery(OWNED).execute(Tuple.of(agreementId, pmoId))
                .map(rows -> rows.iterator().hasNext());
    }

    public Uni<List<Agreement>> visible(Caller caller) {
        return read(caller.isOperator(), caller.pmoId(), caller.mandates().toArray(String[]::new), null);
    }

    /** The agreement if the caller may see it. */
    public Uni<Optional<Agreement>> visible(Caller caller, String agreementId) {
        return read(caller.isOperator(), caller.pmoId(), caller.mandates().toArray(String[]::new), agreementId)
                .map(list -> list.stream().findFirst());
    }

    /** Every agreement, by id. */
    public Uni<List<Agreement>> all() {
        return read(true, null, new String[0], null);
    }

    /** The agreement, if it exists. */
    public Uni<Optional<Agreement>> one(String agreementId) {
        return read(true, null, new String[0], agreementId).map(list -> list.stream().findFirst());
    }

    private Uni<List<Agreement>> read(boolean all, Long pmoId, String[] mandates, String agreementId) {
        return pool.preparedQuery(READ).execute(Tuple.of(all, pmoId, mandates, agreementId)).map(rows -> {
            List<Agreement> agreements = new ArrayList<>(rows.size());
            rows.forEach(row -> agreements.add(agreement(row)));
            return agreements;
        });
    }

    private static Agreement agreement(Row row) {
        List<History.Version<KeyType>> keyTypes = new ArrayList<>();
        List<History.Version<AgreementStatus>> decisions = new ArrayList<>();
        for (Object item : row.getJsonArray("versions")) {
            JsonArray version = (JsonArray) item;
            DatePeriod period = period(version.getString(2), version.getString(3));
            if (version.getString(0).equals(AgreementVersionEntity.KEY_TYPE)) {
                keyTypes.add(new History.Version<>(KeyType.valueOf(version.getString(1)), period));
            } else {
                decisions.add(new History.Version<>(AgreementStatus.valueOf(version.getString(1)), period));
            }
        }
        Map<Role, List<DatePeriod>> coverage = new EnumMap<>(Map.of(Role.CONS, new ArrayList<>(), Role.PROD,
                new ArrayList<>()));
        JsonArray ranges = row.getJsonArray("coverage");
        for (Object item : ranges == null ? new JsonArray() : ranges) {
            JsonArray range = (JsonArray) item;
            coverage.get(Role.of(range.getString(0))).add(period(range.getString(1), range.getString(2)));
        }
        String category = row.getString("geographic_category");
        return new Agreement(row.getString(0).trim(), row.getString(1), row.getLocalDate(2), row.getShort(3),
                row.getString(4), category == null ? null : GeographicCategory.valueOf(category),
                row.getString("insee_code"), row.getBoolean("hlm"),
                new Agreement.Pmo(row.getString(5), row.getString(6).trim()),
                new History<>(keyTypes),
                Lifecycle.statuses(new History<>(decisions), coverage.get(Role.CONS), coverage.get(Role.PROD)));
    }

    private static DatePeriod period(String from, String to) {
        return new DatePeriod(LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }
}
