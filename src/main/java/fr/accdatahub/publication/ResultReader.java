package fr.accdatahub.publication;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.accdatahub.agreement.domain.AgreementSnapshot;
import fr.accdatahub.calculation.CalculationResults;
import fr.accdatahub.calculation.domain.Results.CurrentRun;
import fr.accdatahub.calendar.InstantRange;
import fr.accdatahub.publication.domain.Coverage;
import fr.accdatahub.publication.domain.PublishedRange;
import fr.accdatahub.publication.domain.RangeCollector;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

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
     * The ranges being computed now, so that the requests arriving meanwhile for the same range (after a
     * republication, each PRM's energies of the month) wait for that one computation rather than each reading the
     * curves again.
     */
    private final Map<List<Object>, CompletableFuture<PublishedRange>> inFlight = new ConcurrentHashMap<>();

    /**
     * The range's published data: the current runs and their curves as of one instant (a republication meanwhile is
     * seen whole or not at all), or the same range read from the same runs and perimeter a moment ago, or being read
     * by another request now.
     */
    public Uni<PublishedRange> read(AgreementSnapshot snapshot, InstantRange range) {
        String agreementId = snapshot.id();
        LocalDate firstDay = range.firstDay();
        LocalDate endDay = range.endDay();
        RangeCollector collector = new RangeCollector(agreementId, snapshot.agreement().stepGrid(),
                snapshot.attachments(), range);
        Lookup lookup = new Lookup();
        return results.currentRunsWithCurves(agreementId, firstDay, endDay, runs -> {
            lookup.key = List.of(agreementId, range, Coverage.runs(agreementId, runs, firstDay, endDay),
                    snapshot.attachments());
            lookup.cached = recent.getIfPresent(lookup.key);
            if (lookup.cached != null) {
                return false;
            }
            CompletableFuture<PublishedRange> mine = new CompletableFuture<>();
            lookup.awaited = inFlight.putIfAbsent(lookup.key, mine);
            lookup.computing = lookup.awaited == null ? mine : null;
            return lookup.computing != null;
        }, collector::add).chain(runs -> {
            if (lookup.cached != null) {
                return Uni.createFrom().item(lookup.cached);
            }
            if (lookup.awaited != null) {
                // The other read failed or was given up: this one reads for itself.
                return Uni.createFrom().completionStage(lookup.awaited)
                        .onFailure().recoverWithUni(() -> read(snapshot, range));
            }
            return vertx.executeBlocking(Uni.createFrom().item(() -> collector.publish(
                    runs.stream().map(CurrentRun::ref).toList())));
        }).invoke(data -> lookup.done(data, null))
                .onFailure().invoke(failure -> lookup.done(null, failure))
                .onCancellation().invoke(() -> lookup.done(null, new CancellationException("read given up")));
    }

    /** What the cache held, or the computation in progress, for the runs a read found. */
    private final class Lookup {
        private List<Object> key;
        private PublishedRange cached;
        private CompletableFuture<PublishedRange> awaited;
        private CompletableFuture<PublishedRange> computing;

        /** Ends this read's own computation, for the reads waiting on it. */
        void done(PublishedRange data, Throwable failure) {
            if (computing == null) {
                return;
            }
            if (failure == null) {
                recent.put(key, data);
                computing.complete(data);
            } else {
                computing.completeExceptionally(failure);
            }
            inFlight.remove(key, computing);
        }
    }
}
