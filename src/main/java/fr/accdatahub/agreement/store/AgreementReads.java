package fr.accdatahub.agreement.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.accdatahub.agreement.domain.Agreement;
import fr.accdatahub.agreement.domain.AgreementSnapshot;
import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.identity.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The agreements a caller may see, with their dated key types and statuses and the days their perimeter holds
 * consumers and producers (each role's attachments merged into ranges), and on demand their whole perimeter. An
 * operator sees all; a pmo client those of its PMO and those it is mandated for.
 * <p>
 * Every read asks PostgreSQL which agreements the caller sees and at which revision (one index scan, migration
 * V22): this replica keeps what it read at each agreement's revision and reads again only what changed since, on
 * whichever replica, so an answer is always what PostgreSQL holds at that moment.
 */
@ApplicationScoped
public class AgreementReads {

    /** At most this many agreements and attachments held (an agreement weighs one, plus one per attachment held). */
    private static final long HELD_WEIGHT = 100_000;

    private static final String OWNED = "SELECT 1 FROM agreement WHERE id = $1 AND pmo_id = $2";
    private static final String REVISIONS = """
            SELECT a.id, a.revision FROM agreement a
            WHERE ($1 OR a.pmo_id = $2 OR a.id = ANY($3)) AND ($4::text IS NULL OR a.id = $4)
            ORDER BY a.id""";
    private static final String READ = """
            SELECT a.id, a.revision, a.name, a.start_date, a.anniversary_day, a.geographic_scope,
                   p.name AS pmo_name, p.siret AS pmo_siret, a.geographic_category, a.insee_code, a.hlm,
                   (SELECT json_agg(json_build_array(v.attribute, v.value, v.valid_from, v.valid_to)
                                    ORDER BY v.attribute, v.valid_from)
                    FROM agreement_version v WHERE v.agreement_id = a.id) AS versions,
                   (SELECT json_agg(json_build_array(c.role, lower(c.days), upper(c.days)))
                    FROM (SELECT r.role, unnest(range_agg(daterange(r.start_date, r.end_date))) AS days
                          FROM participant r WHERE r.agreement_id = a.id GROUP BY r.role) c) AS coverage
            FROM agreement a JOIN pmo p ON p.id = a.pmo_id
            WHERE a.id = ANY($1)""";
    /** The agreement's revision on every row, and its attachments (none: one row of nulls). */
    private static final String ATTACHMENTS = """
            SELECT a.revision, p.* FROM agreement a LEFT JOIN participant p ON p.agreement_id = a.id
            WHERE a.id = $1 ORDER BY p.id""";

    /** An agreement as read at one revision, and its attachments once read at that revision (null until then). */
    private record Held(long revision, Agreement agreement, List<Attachment> attachments) {

        int weight() {
            return 1 + (attachments == null ? 0 : attachments.size());
        }

        /** The one to keep of two reads of the same agreement: the later, and the one with attachments. */
        static Held kept(Held one, Held other) {
            if (one.revision != other.revision) {
                return one.revision > other.revision ? one : other;
            }
            return one.attachments != null ? one : other;
        }
    }

    private final Pool pool;
    private final Cache<String, Held> held = Caffeine.newBuilder()
            .maximumWeight(HELD_WEIGHT)
            .weigher((String id, Held entry) -> entry.weight())
            .build();

    public AgreementReads(Pool pool) {
        this.pool = pool;
    }

    /** Whether the agreement is one of the PMO's own (not one it is mandated for). */
    public Uni<Boolean> ownedBy(Long pmoId, String agreementId) {
        return pool.preparedQuery(OWNED).execute(Tuple.of(agreementId, pmoId))
                .map(rows -> rows.iterator().hasNext());
    }

    /** Every agreement the caller may see, by id. */
    public Uni<List<Agreement>> visible(Caller caller) {
        return current(caller, null).map(AgreementReads::agreements);
    }

    /** The ids of the agreements the caller may see, by id. */
    public Uni<List<String>> visibleIds(Caller caller) {
        return revisions(caller.isOperator(), caller.pmoId(), mandates(caller), null)
                .map(rows -> {
                    List<String> ids = new ArrayList<>(rows.size());
                    rows.forEach(row -> ids.add(row.getString(0).trim()));
                    return ids;
                });
    }

    /** The agreement if the caller may see it. */
    public Uni<Optional<Agreement>> visible(Caller caller, String agreementId) {
        return current(caller, agreementId).map(list -> list.stream().findFirst().map(Held::agreement));
    }

    /** The agreement and its whole perimeter, if the caller may see it. */
    public Uni<Optional<AgreementSnapshot>> snapshot(Caller caller, String agreementId) {
        return current(caller, agreementId).chain(this::withAttachments);
    }

    /** Every agreement, by id. */
    public Uni<List<Agreement>> all() {
        return current(true, null, new String[0], null).map(AgreementReads::agreements);
    }

    /** The agreement, if it exists. */
    public Uni<Optional<Agreement>> one(String agreementId) {
        return current(true, null, new String[0], agreementId)
                .map(list -> list.stream().findFirst().map(Held::agreement));
    }

    /** The agreement and its whole perimeter, if it exists. */
    public Uni<Optional<AgreementSnapshot>> snapshot(String agreementId) {
        return current(true, null, new String[0], agreementId).chain(this::withAttachments);
    }

    private Uni<List<Held>> current(Caller caller, String agreementId) {
        return current(caller.isOperator(), caller.pmoId(), mandates(caller), agreementId);
    }

    /** The agreements at their current revisions, read again where this replica holds an older one. */
    private Uni<List<Held>> current(boolean all, Long pmoId, String[] mandates, String agreementId) {
        return revisions(all, pmoId, mandates, agreementId).chain(rows -> {
            List<String> ids = new ArrayList<>(rows.size());
            Map<String, Held> found = new HashMap<>();
            List<String> stale = new ArrayList<>();
            for (Row row : rows) {
                String id = row.getString(0).trim();
                ids.add(id);
                Held entry = held.getIfPresent(id);
                if (entry != null && entry.revision() == row.getLong(1)) {
                    found.put(id, entry);
                } else {
                    stale.add(id);
                }
            }
            Uni<Void> reread = stale.isEmpty() ? Uni.createFrom().voidItem()
                    : pool.preparedQuery(READ).execute(Tuple.of(stale.toArray(String[]::new))).invoke(read -> {
                        for (Row row : read) {
                            Held entry = new Held(row.getLong("revision"), AgreementRows.agreement(row), null);
                            found.put(entry.agreement().id(), entry);
                            keep(entry);
                        }
                    }).replaceWithVoid();
            return reread.map(ignored -> ids.stream().map(found::get).filter(Objects::nonNull).toList());
        });
    }

    private Uni<Optional<AgreementSnapshot>> withAttachments(List<Held> found) {
        if (found.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        Held entry = found.getFirst();
        if (entry.attachments() != null) {
            return Uni.createFrom().item(Optional.of(new AgreementSnapshot(entry.agreement(), entry.attachments())));
        }
        return pool.preparedQuery(ATTACHMENTS).execute(Tuple.of(entry.agreement().id())).map(rows -> {
            if (rows.size() == 0) {
                return Optional.empty();
            }
            List<Attachment> attachments = new ArrayList<>(rows.size());
            long revision = 0;
            for (Row row : rows) {
                revision = row.getLong("revision");
                if (row.getValue("id") != null) {
                    attachments.add(AgreementRows.attachment(row));
                }
            }
            if (revision == entry.revision()) {
                keep(new Held(revision, entry.agreement(), List.copyOf(attachments)));
            }
            return Optional.of(new AgreementSnapshot(entry.agreement(), attachments));
        });
    }

    private void keep(Held entry) {
        held.asMap().merge(entry.agreement().id(), entry, Held::kept);
    }

    private Uni<RowSet<Row>> revisions(boolean all, Long pmoId, String[] mandates, String agreementId) {
        return pool.preparedQuery(REVISIONS).execute(Tuple.of(all, pmoId, mandates, agreementId));
    }

    private static String[] mandates(Caller caller) {
        return caller.mandates().toArray(String[]::new);
    }

    private static List<Agreement> agreements(List<Held> entries) {
        return entries.stream().map(Held::agreement).toList();
    }
}
