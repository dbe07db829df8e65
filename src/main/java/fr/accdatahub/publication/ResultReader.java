package fr.accdatahub.publication;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.accdatahub.agreement.domain.AgreementSnapshot;
import fr.accdatahub.calculation.CalculationResults;
import fr.accdatahub.calculation.domain.Results.CurrentRun;
import fr.accdatahub.calendar.InstantRange;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.publication.domain.Coverage;
import fr.accdatahub.publication.domain.PublishedRange;
import fr.accdatahub.publication.domain.RangeCollector;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads the published results of a range from the periods' current calculations. A range reaching into a period
 * that has not been computed is a 404 {@code no_data_found}.
 */
@ApplicationScoped
public class ResultReader {

    /**
     * What the recent ranges may hold, in (participant, step) cells: about 28 MB of curves, e.g. four months of a
     * 250-PRM operation beside a hundred single days of it. Weighed by cells rather than counted, so that the days
     * a PMO reads one by one do not push out the month whose energies it reads PRM by PRM.
     */
    private static final long RECENT_CELLS = 3_000_000;

    /**
     * The last ranges read, keyed by what they were computed from (the current calculations and the perimeter), so
     * that reading each PRM's energies of a month reads the month once. Derived data: each replica keeps its own.
     */
    private final Cache<List<Object>, PublishedRange> recent = Caffeine.newBuilder()
            .maximumWeight(RECENT_CELLS)
            .weigher((List<Object> key, PublishedRange range) ->
                    range.steps.length * (range.consumers.size() + range.producers.size() + 1))
            .build();

    private final CalculationResults results;
    private final Vertx vertx;

    public ResultReader(CalculationResults results, Vertx vertx) {
        this.results = results;
        this.vertx = vertx;
    }

    /**
     * The range's published data: the current runs and their curves as of one instant (a republication meanwhile is
     * seen whole or not at all), or the same range read from the same runs and perimeter a moment ago.
     */
    public Uni<PublishedRange> read(AgreementSnapshot snapshot, InstantRange range) {
        String agreementId = snapshot.id();
        LocalDate firstDay = Paris.day(range.start());
        LocalDate endDay = Paris.day(range.end().minusNanos(1)).plusDays(1);
        RangeCollector collector = new RangeCollector(agreementId, snapshot.agreement().stepGrid(),
                snapshot.attachments(), range);
        Lookup lookup = new Lookup();
        return results.currentRunsWithCurves(agreementId, firstDay, endDay, runs -> {
            lookup.key = List.of(agreementId, range, Coverage.runs(agreementId, runs, firstDay, endDay),
                    snapshot.attachments());
            lookup.cached = recent.getIfPresent(lookup.key);
            return lookup.cached == null;
        }, collector::add).chain(runs -> lookup.cached != null ? Uni.createFrom().item(lookup.cached)
                : vertx.executeBlocking(Uni.createFrom().item(() -> collector.publish(
                        runs.stream().map(CurrentRun::ref).toList())))
                        .invoke(data -> recent.put(lookup.key, data)));
    }

    /** What the cache held for the runs a read found. */
    private static final class Lookup {
        private List<Object> key;
        private PublishedRange cached;
    }
}
