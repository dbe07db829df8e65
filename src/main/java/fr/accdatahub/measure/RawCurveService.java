package fr.accdatahub.measure;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.accdatahub.agreement.Agreement;
import fr.accdatahub.agreement.AgreementAccess;
import fr.accdatahub.agreement.Attachment;
import fr.accdatahub.agreement.Participant;
import fr.accdatahub.calendar.ServiceClock;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.error.ApiException;
import fr.accdatahub.error.JsonBodies;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The operator's loading of raw meter curves (JSON, or the annex 6 CDC file) for the PRMs of an agreement. */
@ApplicationScoped
public class RawCurveService {

    /** What a load did, curve by curve. */
    public record Loaded(String agreementId, List<LoadedCurve> curves) {
    }

    public record LoadedCurve(String usagePointId, CurveType type, OffsetDateTime start, OffsetDateTime end,
            int readings) {
    }

    private final RawCurveStore store;
    private final ServiceClock clock;
    private final ObjectMapper json;
    private final Vertx vertx;

    public RawCurveService(RawCurveStore store, ServiceClock clock, ObjectMapper json, Vertx vertx) {
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

    private Uni<Loaded> load(String agreementId, List<RawCurve> curves) {
        return attachments(agreementId).chain(attachments -> {
            curves.forEach(curve -> checkAttached(agreementId, curve, attachments));
            return clock.now().chain(now -> store.load(curves, now));
        }).map(nothing -> new Loaded(agreementId, curves.stream().map(curve -> new LoadedCurve(curve.usagePointId(),
                curve.type(), local(curve.start()), local(curve.end()), curve.readings().size())).toList()));
    }

    @WithSession
    Uni<List<Attachment>> attachments(String agreementId) {
        return Agreement.<Agreement>findById(agreementId)
                .onItem().ifNull().failWith(() -> AgreementAccess.unknown(agreementId))
                .chain(agreement -> Participant.<Participant>list("agreementId", agreementId))
                .map(participants -> participants.stream().map(Participant::toAttachment).toList());
    }

    /** Every day a curve has readings on, its PRM must be attached to the agreement in the curve's role. */
    private static void checkAttached(String agreementId, RawCurve curve, List<Attachment> attachments) {
        LocalDate checked = null;
        for (RawCurve.Reading reading : curve.readings()) {
            LocalDate day = StepGrid.dayOf(reading.start());
            if (!day.equals(checked)) {
                boolean attached = attachments.stream().anyMatch(a -> a.usagePointId().equals(curve.usagePointId())
                        && a.role() == curve.type().role() && a.period().contains(day));
                if (!attached) {
                    throw ApiException.conflict("not_attached", "PRM " + curve.usagePointId() + " is not attached to "
                            + agreementId + " as " + curve.type().role().code() + " on " + day);
                }
                checked = day;
            }
        }
    }

    private static OffsetDateTime local(Instant instant) {
        return instant.atZone(ServiceClock.PARIS).toOffsetDateTime();
    }
}
