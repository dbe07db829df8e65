package fr.accdatahub.simulation;

import fr.accdatahub.agreement.domain.Agreement;
import fr.accdatahub.agreement.domain.AgreementSnapshot;
import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calculation.domain.PeriodInputs;
import fr.accdatahub.calendar.CalculationPeriod;
import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.failure.InvalidRequest;
import fr.accdatahub.keys.domain.KeyFile;
import fr.accdatahub.keys.domain.StoredKey;
import fr.accdatahub.keys.domain.SubmittedStep;
import fr.accdatahub.rawcurve.RawCurveService;
import fr.accdatahub.rawcurve.domain.CurveDay;
import fr.accdatahub.rawcurve.domain.CurveDays;
import fr.accdatahub.rawcurve.domain.RawCurve;
import fr.accdatahub.rawcurve.domain.RawCurveRequest;
import fr.accdatahub.simulation.domain.Days;
import fr.accdatahub.simulation.domain.KeyChoice;
import fr.accdatahub.simulation.domain.KeysSpec;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What simulations and generators read alike: the participants over some days, the keys asked for, and the curves
 * of those days (stored, from a week before for estimates, or given inline), made into a period's inputs exactly as
 * the calculation makes them.
 */
@ApplicationScoped
public class RangeInputs {

    private final RawCurveService rawCurves;

    public RangeInputs(RawCurveService rawCurves) {
        this.rawCurves = rawCurves;
    }

    /** The consumers and producers attached on some of the days, by ascending PRM, as the engine places them. */
    static KeyChoice.Participants participants(AgreementSnapshot snapshot, Days days, boolean full) {
        DatePeriod range = new DatePeriod(days.start(), days.end());
        return new KeyChoice.Participants(ids(snapshot.attachments(), Role.CONS, range),
                ids(snapshot.attachments(), Role.PROD, range), full);
    }

    /** The key type in force on every one of the days (a 400 when it changes within them). */
    static KeyType keyTypeThroughout(Agreement agreement, Days days) {
        KeyType keyType = agreement.keyType(days.start());
        for (LocalDate day = days.start(); day.isBefore(days.end()); day = day.plusDays(1)) {
            if (agreement.keyType(day) != keyType) {
                throw new InvalidRequest("The key type changes on " + day + ": take the days on each side of it");
            }
        }
        return keyType;
    }

    /** The keys asked for, checked against the agreement (an inline annex 5 file read as a submission's). */
    static KeyChoice choice(AgreementSnapshot snapshot, KeysSpec spec, KeyChoice.Participants participants) {
        return KeyChoice.of(spec, "keys", participants, file -> readFile(snapshot, file));
    }

    /**
     * The curves of the days: those given inline (checked against the perimeter), else (none given, or an empty list)
     * the stored ones.
     */
    Uni<List<CurveDay>> curves(AgreementSnapshot snapshot, Days days, List<RawCurveRequest.Curve> inline) {
        if (KeyChoice.given(inline)) {
            return Uni.createFrom().item(() -> {
                List<CurveDay> result = new ArrayList<>();
                for (RawCurve curve : new RawCurveRequest(inline).toCurves()) {
                    curve.checkAttached(snapshot.id(), snapshot.attachments());
                    result.addAll(CurveDays.of(curve, Map.of()));
                }
                return result;
            });
        }
        List<String> prms = snapshot.attachments().stream().map(Attachment::usagePointId).distinct().toList();
        return rawCurves.days(prms, days.start().minusWeeks(1), days.end());
    }

    /** The days' inputs, with these keys given in {@code keyType}. */
    static PeriodInputs inputs(AgreementSnapshot snapshot, Days days, KeyType keyType, List<CurveDay> curves,
            List<StoredKey> keys) {
        return new PeriodInputs(new CalculationPeriod(days.start(), days.end()),
                days.step(snapshot.agreement().stepGrid(), "start"), keyType, snapshot.agreement().statuses(),
                snapshot.attachments(), curves, keys);
    }

    private static List<SubmittedStep> readFile(AgreementSnapshot snapshot, KeysSpec.File file) {
        return KeyFile.read(file.name(), snapshot.id(), snapshot.agreement().stepGrid(), file.content());
    }

    private static List<String> ids(List<Attachment> attachments, Role role, DatePeriod range) {
        return attachments.stream().filter(a -> a.role() == role && a.period().overlaps(range))
                .map(Attachment::usagePointId).distinct().sorted().toList();
    }
}
