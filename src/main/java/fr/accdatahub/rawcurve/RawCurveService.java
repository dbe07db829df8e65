package fr.accdatahub.rawcurve;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.accdatahub.agreement.AgreementService;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.clock.ServiceClock;
import fr.accdatahub.rawcurve.domain.CdcFile;
import fr.accdatahub.rawcurve.domain.CurveDay;
import fr.accdatahub.rawcurve.domain.CurveType;
import fr.accdatahub.rawcurve.domain.RawCurve;
import fr.accdatahub.rawcurve.domain.RawCurveRequest;
import fr.accdatahub.rawcurve.store.RawCurveStore;
import fr.accdatahub.web.JsonBodies;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Raw meter curves: the operator's loads (JSON, or the annex 6 CDC file) for the PRMs of an agreement, and the stored
 * days that the calculation and the sandbox read and write.
 */
@ApplicationScoped
public class RawCurveService {

    /** What a load did, curve by curve. */
    public record Loaded(String agreementId, List<LoadedCurve> curves) {
    }

    public record LoadedCurve(String usagePointId, CurveType type, OffsetDateTime start, OffsetDateTime end,
            int readings) {
    }

    private final AgreementService agreements;
    private final RawCurveStore store;
    private final ServiceClock clock;
    private final ObjectMapper json;
    private final Vertx vertx;

    public RawCurveService(AgreementService agreements, RawCurveStore store, ServiceClock clock, ObjectMapper json,
            Vertx vertx) {
        this.agreements = agreements;
        this.store = store;
        this.clock = clock;
        this.json = json;
        this.vertx = vertx;
    }

    public Uni<Loaded> loadJson(String agreementId, byte[] body) {
        return vertx.executeBlocking(Uni.createFrom().item(() ->
                        JsonBodies.read(json, body, RawCurveRequest.class).toCurves()))
                .chain(curves -> load(agreementId, curves));
    }

    public Uni<Loaded> loadFile(String agreementId, String fileName, byte[] body) {
        return load(agreementId, List.of(CdcFile.read(fileName, new String(body, StandardCharsets.UTF_8))));
    }

    /** The stored days of these PRMs' curves in {@code [from, to)}. */
    public Uni<List<CurveDay>> days(List<String> usagePointIds, LocalDate from, LocalDate to) {
        return store.read(usagePointIds, from, to);
    }

    /** Stores whole days as they are, replacing those stored. */
    public Uni<Void> save(List<CurveDay> days) {
        return clock.now().chain(now -> store.save(days, now));
    }

    private Uni<Loaded> load(String agreementId, List<RawCurve> curves) {
        return agreements.snapshot(agreementId).chain(snapshot -> {
            curves.forEach(curve -> curve.checkAttached(agreementId, snapshot.attachments()));
            return clock.now().chain(now -> store.load(curves, now));
        }).map(nothing -> new Loaded(agreementId, curves.stream().map(curve -> new LoadedCurve(curve.usagePointId(),
                curve.type(), Paris.local(curve.start()), Paris.local(curve.end()), curve.readings().size())).toList()));
    }
}
