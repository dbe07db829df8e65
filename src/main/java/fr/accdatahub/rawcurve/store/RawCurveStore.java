package fr.accdatahub.rawcurve.store;

import fr.accdatahub.calendar.Paris;
import fr.accdatahub.rawcurve.domain.CurveDay;
import fr.accdatahub.rawcurve.domain.CurveDays;
import fr.accdatahub.rawcurve.domain.CurveType;
import fr.accdatahub.rawcurve.domain.RawCurve;
import fr.accdatahub.storage.PgArrays;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Raw curves in PostgreSQL, one row per PRM, type and local day holding the day's values (NULL where missing).
 * Loading a range replaces it: whole days are rewritten, the days at its edges keep their values outside it.
 */
@ApplicationScoped
public class RawCurveStore {

    private static final String UPSERT = """
            INSERT INTO raw_curve (usage_point_id, type, day, watts, loaded_at)
            SELECT t.prm, t.type, t.day, t.watts::integer[], $5
            FROM unnest($1::text[], $2::text[], $3::date[], $4::text[]) AS t(prm, type, day, watts)
            ON CONFLICT (usage_point_id, type, day) DO UPDATE SET watts = excluded.watts, loaded_at = excluded.loaded_at""";

    private static final String DAYS = "SELECT usage_point_id, type, day, watts FROM raw_curve "
            + "WHERE usage_point_id = ANY($1) AND day >= $2 AND day < $3";

    private static final String EDGE_DAYS = """
            SELECT r.usage_point_id, r.type, r.day, r.watts FROM raw_curve r
            JOIN unnest($1::text[], $2::text[], $3::date[]) AS e(prm, type, day)
              ON r.usage_point_id = e.prm AND r.type = e.type AND r.day = e.day""";

    private static final int ROWS_PER_STATEMENT = 2_000;

    private final Pool pool;

    public RawCurveStore(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> load(List<RawCurve> curves, Instant loadedAt) {
        return pool.withTransaction(connection -> edges(connection, curves).chain(existing -> {
            List<CurveDay> days = new ArrayList<>();
            curves.forEach(curve -> days.addAll(CurveDays.of(curve, existing)));
            return upsert(connection, days, loadedAt);
        }));
    }

    /** Stores whole days as they are, replacing those stored. */
    public Uni<Void> save(List<CurveDay> days, Instant loadedAt) {
        return pool.withTransaction(connection -> upsert(connection, days, loadedAt));
    }

    private static Uni<Void> upsert(SqlConnection connection, List<CurveDay> days, Instant loadedAt) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int from = 0; from < days.size(); from += ROWS_PER_STATEMENT) {
            List<CurveDay> chunk = days.subList(from, Math.min(days.size(), from + ROWS_PER_STATEMENT));
            chain = chain.chain(() -> connection.preparedQuery(UPSERT).execute(rows(chunk, loadedAt))
                    .replaceWithVoid());
        }
        return chain;
    }

    /** The stored days of these PRMs in {@code [from, to)}. */
    public Uni<List<CurveDay>> read(List<String> usagePointIds, LocalDate from, LocalDate to) {
        return pool.preparedQuery(DAYS)
                .execute(Tuple.of(usagePointIds.toArray(String[]::new), from, to))
                .map(rows -> {
                    List<CurveDay> days = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        days.add(new CurveDay(row.getString(0), CurveType.of(row.getString(1)), row.getLocalDate(2),
                                row.getArrayOfIntegers(3)));
                    }
                    return days;
                });
    }

    /** The stored values of the days at the edges of each curve's range, which it covers only in part. */
    private static Uni<Map<String, Integer[]>> edges(SqlConnection connection, List<RawCurve> curves) {
        List<String> prms = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        for (RawCurve curve : curves) {
            for (LocalDate day : List.of(Paris.day(curve.start()), Paris.day(curve.end().minusNanos(1)))) {
                prms.add(curve.usagePointId());
                types.add(curve.type().code());
                days.add(day);
            }
        }
        return connection.preparedQuery(EDGE_DAYS)
                .execute(Tuple.of(prms.toArray(String[]::new), types.toArray(String[]::new),
                        days.toArray(LocalDate[]::new)))
                .map(rows -> {
                    Map<String, Integer[]> existing = new HashMap<>();
                    for (Row row : rows) {
                        existing.put(CurveDays.key(row.getString(0), row.getString(1), row.getLocalDate(2)),
                                row.getArrayOfIntegers(3));
                    }
                    return existing;
                });
    }

    private static Tuple rows(List<CurveDay> days, Instant loadedAt) {
        String[] prms = new String[days.size()];
        String[] types = new String[days.size()];
        LocalDate[] dates = new LocalDate[days.size()];
        String[] values = new String[days.size()];
        for (int i = 0; i < days.size(); i++) {
            CurveDay day = days.get(i);
            prms[i] = day.usagePointId();
            types[i] = day.type().code();
            dates[i] = day.day();
            values[i] = PgArrays.of(day.watts());
        }
        return Tuple.of(prms, types, dates, values, OffsetDateTime.ofInstant(loadedAt, ZoneOffset.UTC));
    }
}
