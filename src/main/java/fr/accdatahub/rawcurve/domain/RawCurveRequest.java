package fr.accdatahub.rawcurve.domain;

import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.failure.InvalidRequest;
import fr.accdatahub.identifier.Identifiers;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The operator's JSON load of raw curves: {@code {"curves": [{"usage_point_id", "type", "interval_reading"}]}}. */
@RegisterForReflection(targets = {
    RawCurveRequest.class,
    RawCurveRequest.Curve.class,
    RawCurveRequest.Reading.class})
public record RawCurveRequest(List<Curve> curves) {

    public record Curve(String usagePointId, CurveType type, List<Reading> intervalReading) {
    }

    public record Reading(OffsetDateTime start, BigDecimal value) {
    }

    /** The curves, each checked: a 400 naming the curve and reading for anything malformed. */
    public List<RawCurve> toCurves() {
        if (curves == null || curves.isEmpty()) {
            throw new InvalidRequest("curves must hold at least one curve");
        }
        List<RawCurve> result = new ArrayList<>(curves.size());
        for (int c = 0; c < curves.size(); c++) {
            Curve curve = curves.get(c);
            String at = "curves[" + c + "]";
            if (curve == null || !Identifiers.isUsagePointId(curve.usagePointId())) {
                throw new InvalidRequest(at + ".usage_point_id must be a PRM of 14 digits");
            }
            if (curve.type() == null) {
                throw new InvalidRequest(at + ".type is required");
            }
            if (curve.intervalReading() == null || curve.intervalReading().isEmpty()) {
                throw new InvalidRequest(at + ".interval_reading must hold at least one reading");
            }
            List<RawCurve.Reading> readings = new ArrayList<>(curve.intervalReading().size());
            Set<Instant> seen = new HashSet<>();
            for (int r = 0; r < curve.intervalReading().size(); r++) {
                Reading reading = curve.intervalReading().get(r);
                String readingAt = at + ".interval_reading[" + r + "]";
                if (reading == null || reading.start() == null || reading.value() == null) {
                    throw new InvalidRequest(readingAt + " needs start and value");
                }
                Instant start = reading.start().toInstant();
                readings.add(new RawCurve.Reading(check(start, readingAt, seen), watts(reading.value(), readingAt)));
            }
            readings.sort(Comparator.comparing(RawCurve.Reading::start));
            Instant last = readings.get(readings.size() - 1).start();
            result.add(new RawCurve(curve.usagePointId(), curve.type(), readings.get(0).start(), StepGrid.METER.next(last),
                    readings));
        }
        return result;
    }

    static Instant check(Instant start, String at, Set<Instant> seen) {
        if (!StepGrid.METER.isAligned(start)) {
            throw new InvalidRequest(at + ": " + start + " is not on the step grid ("
                    + StepGrid.METER.minutesAt(start) + " minutes)");
        }
        if (!seen.add(start)) {
            throw new InvalidRequest(at + ": step " + start + " is given twice");
        }
        return start;
    }

    static int watts(BigDecimal value, String at) {
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw new InvalidRequest(at + ": the value must be a whole number of W, 0 or more, not "
                    + value.toPlainString());
        }
        return value.intValueExact();
    }
}
