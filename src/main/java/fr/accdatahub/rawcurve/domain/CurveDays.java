package fr.accdatahub.rawcurve.domain;

import fr.accdatahub.calendar.Paris;
import fr.accdatahub.calendar.StepGrid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A loaded curve as the whole days it is stored in: loading replaces the curve's range, so the steps of the range
 * without a reading become missing, and the days at its edges keep their stored values outside it. Plain Java.
 */
public final class CurveDays {

    private CurveDays() {
    }

    /** A curve as whole days: its range's steps replaced (missing where no reading), the rest of edge days kept. */
    public static List<CurveDay> of(RawCurve curve, Map<String, Integer[]> existing) {
        Map<LocalDate, Integer[]> days = new LinkedHashMap<>();
        for (LocalDate day = Paris.day(curve.start()); StepGrid.startOf(day).isBefore(curve.end());
                day = day.plusDays(1)) {
            Integer[] kept = existing.get(key(curve.usagePointId(), curve.type().code(), day));
            Integer[] values = kept != null && kept.length == StepGrid.METER.stepsIn(day)
                    ? kept.clone()
                    : new Integer[StepGrid.METER.stepsIn(day)];
            for (int k = 0; k < values.length; k++) {
                Instant step = StepGrid.METER.stepOf(day, k);
                if (!step.isBefore(curve.start()) && step.isBefore(curve.end())) {
                    values[k] = null;
                }
            }
            days.put(day, values);
        }
        for (RawCurve.Reading reading : curve.readings()) {
            days.get(Paris.day(reading.start()))[StepGrid.METER.indexInDay(reading.start())] = reading.watts();
        }
        List<CurveDay> result = new ArrayList<>(days.size());
        days.forEach((day, values) -> result.add(new CurveDay(curve.usagePointId(), curve.type(), day, values)));
        return result;
    }

    /** The key of a stored day in the map of existing edge days. */
    public static String key(String prm, String type, LocalDate day) {
        return prm + '/' + type + '/' + day;
    }
}
