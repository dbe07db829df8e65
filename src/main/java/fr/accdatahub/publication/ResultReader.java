package fr.accdatahub.publication;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.accdatahub.agreement.domain.AgreementSnapshot;
import fr.accdatahub.calculation.CalculationResults;
import fr.accdatahub.calculation.domain.PublishedVersion;
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

    private static final int RECENT = 2;

    /**
     * The last ranges read, keyed by what they were computed from (the current calculations and the perimeter), so
     * that reading each PRM's energies of a month reads the month once. Derived data: each replica keeps its own.
     */
    private final Cache<List<Object>, PublishedRange> recent = Caffeine.newBuilder().maximumSize(RECENT).build();

    private final CalculationResults results;
    private final Vertx vertx;

    public ResultReader(CalculationResults results, Vertx vertx) {
        this.results = results;
        this.vertx = vertx;
    }

    public Uni<PublishedRange> read(AgreementSnapshot snapshot, InstantRange range) {
        String agreementId = snapshot.id();
        LocalDate firstDay = Paris.day(range.start());
        LocalDate endDay = Paris.day(range.end().minusNanos(1)).plusDays(1);
        return results.currentRuns(agreementId, firstDay, endDay).chain(runs -> {
            List<Object> key = List.of(agreementId, range, Coverage.runs(agreementId, runs, firstDay, endDay),
                    snapshot.attachments());
            PublishedRange cached = recent.getIfPresent(key);
            return cached != null
                    ? Uni.createFrom().item(cached)
                    : load(snapshot, range, firstDay, endDay, runs.stream().map(CurrentRun::ref).toList())
                            .invoke(data -> recent.put(key, data));
        });
    }

    private Uni<PublishedRange> load(AgreementSnapshot snapshot, InstantRange range, LocalDate firstDay,
            LocalDate endDay, List<PublishedVersion.Ref> publications) {
        RangeCollector collector = new RangeCollector(snapshot.id(), snapshot.agreement().stepGrid(),
                snapshot.attachments(), range);
        return results.curves(snapshot.id(), firstDay, endDay, collector::add)
                .chain(() -> vertx.executeBlocking(Uni.createFrom().item(() -> collector.publish(publications))));
    }
}
