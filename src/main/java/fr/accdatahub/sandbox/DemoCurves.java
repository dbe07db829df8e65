package fr.accdatahub.sandbox;

import fr.accdatahub.calendar.Paris;
import fr.accdatahub.calendar.StepGrid;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;

/**
 * Realistic raw curves for the sandbox's demo participants, from typical-year profiles derived from the OpenEnergyID
 * series (MIT, EnergieID cvba-so; see {@code sandbox/openenergyid-LICENSE.txt} and {@code tools/derive_profiles.py}):
 * a household's consumption and a PV installation's production per local quarter hour of each calendar day. Each
 * participant gets its own scale, a few days' shift, and (one consumer in five) a small business's working hours; a
 * few readings are missing, as from real meters. Deterministic: the same PRM and day always give the same values.
 */
public final class DemoCurves {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
    private static final double MISSING = 0.002;

    /** The kind of participant a curve is made for, and its size (1 is a household or a 2.7 kWp roof). */
    public record Profile(boolean production, double scale) {
    }

    private final Map<String, int[]> consumption = new HashMap<>();
    private final Map<String, int[]> production = new HashMap<>();

    public DemoCurves() {
        try (InputStream resource = DemoCurves.class.getResourceAsStream("/sandbox/profiles.csv.gz");
                BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(resource),
                        StandardCharsets.US_ASCII))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split(";");
                int[] values = Arrays.stream(fields[2].split(",")).mapToInt(Integer::parseInt).toArray();
                (fields[1].equals("pv") ? production : consumption).put(fields[0], values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sandbox profiles", e);
        }
    }

    /** One day of a participant's curve in W, one value per step of the day, null where a reading is missing. */
    public Integer[] day(String usagePointId, Profile profile, LocalDate day) {
        SplittableRandom random = new SplittableRandom(usagePointId.hashCode() * 31L + day.toEpochDay());
        SplittableRandom participant = new SplittableRandom(usagePointId.hashCode());
        double scale = profile.scale() * (0.7 + participant.nextDouble() * 0.6);
        int shift = participant.nextInt(7);
        boolean business = !profile.production() && participant.nextInt(5) == 0;
        int[] slots = (profile.production() ? production : consumption).get(DAY.format(day.minusDays(shift)));
        Integer[] values = new Integer[StepGrid.METER.stepsIn(day)];
        for (int k = 0; k < values.length; k++) {
            Instant step = StepGrid.METER.stepOf(day, k);
            ZonedDateTime local = step.atZone(Paris.ZONE);
            int slot = local.getHour() * 4 + local.getMinute() / 15;
            double watts = StepGrid.METER.minutesAt(step) == 30 ? (slots[slot] + slots[slot + 1]) / 2.0 : slots[slot];
            if (business) {
                watts = watts * 0.3 + businessLoad(local);
            }
            double noise = profile.production() ? 1 : 0.85 + random.nextDouble() * 0.3;
            values[k] = random.nextDouble() < MISSING ? null : (int) Math.round(watts * scale * noise);
        }
        return values;
    }

    private static double businessLoad(ZonedDateTime local) {
        boolean open = local.getDayOfWeek() != DayOfWeek.SATURDAY && local.getDayOfWeek() != DayOfWeek.SUNDAY
                && local.getHour() >= 8 && local.getHour() < 19;
        return open ? 3_500 : 250;
    }
}
