package fr.accdatahub.simulation.domain;

import fr.accdatahub.calendar.Paris;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * Which reference step stands for each step to make keys for: the step of the same local time, as many days after
 * the reference's first day as the step is after the range's. On a day with the October repeated hour both of its
 * occurrences take the reference's hour (its first occurrence when the reference repeats it too); on a day without
 * the March hour nothing asks for it; where the reference lacks the hour (its own March day), the hour before stands
 * for it. Plain Java.
 */
public final class ReferenceSteps {

    private ReferenceSteps() {
    }

    /** For each step, the index of its reference step, or -1 when the reference has none. */
    public static int[] map(Instant[] steps, LocalDate first, Instant[] reference, LocalDate referenceFirst) {
        Map<String, Integer> byLocalTime = new HashMap<>(reference.length * 2);
        for (int r = 0; r < reference.length; r++) {
            byLocalTime.putIfAbsent(key(reference[r], referenceFirst), r);
        }
        int[] map = new int[steps.length];
        for (int s = 0; s < steps.length; s++) {
            Integer found = byLocalTime.get(key(steps[s], first));
            if (found == null) {
                LocalTime time = Paris.local(steps[s]).toLocalTime().minusHours(1);
                found = byLocalTime.get(ChronoUnit.DAYS.between(first, Paris.day(steps[s])) + "/" + time);
            }
            map[s] = found == null ? -1 : found;
        }
        return map;
    }

    private static String key(Instant step, LocalDate first) {
        return ChronoUnit.DAYS.between(first, Paris.day(step)) + "/" + Paris.local(step).toLocalTime();
    }
}
