package fr.accdatahub.calendar;

import fr.accdatahub.failure.InvalidRequest;
import java.time.LocalTime;

/**
 * The classes of the distributor calendar (DISTRIB): peak or off-peak hours (HP/HC), high season (H, November to
 * March) or low season (B, April to October). The supplier calendar (FOURNISSEUR) has HP and HC, the sums over the
 * seasons. Off-peak hours are the participant's ({@code 22:00-06:00} by default); a step is off-peak when its local
 * start falls in one of their ranges.
 */
public enum TimeClass {
    HPH, HCH, HPB, HCB;

    public static final String DEFAULT_OFFPEAK_HOURS = "22:00-06:00";

    /** Parsed off-peak ranges, to classify steps. */
    public record OffPeak(int[] fromMinutes, int[] toMinutes) {

        public static OffPeak parse(String hours) {
            String[] ranges = (hours == null ? DEFAULT_OFFPEAK_HOURS : hours).split(";");
            int[] from = new int[ranges.length];
            int[] to = new int[ranges.length];
            for (int r = 0; r < ranges.length; r++) {
                String[] bounds = ranges[r].split("-");
                if (bounds.length != 2) {
                    throw new InvalidRequest("off-peak hours must be HH:MM-HH:MM ranges, not " + hours);
                }
                from[r] = minutes(bounds[0]);
                to[r] = minutes(bounds[1]);
            }
            return new OffPeak(from, to);
        }

        /** Whether a local minute of the day ({@code 0}–{@code 1439}) is off-peak. */
        public boolean contains(int minute) {
            for (int r = 0; r < fromMinutes.length; r++) {
                int from = fromMinutes[r];
                int to = toMinutes[r];
                boolean inside = from <= to ? minute >= from && minute < to : minute >= from || minute < to;
                if (inside) {
                    return true;
                }
            }
            return false;
        }

        private static int minutes(String time) {
            LocalTime parsed = LocalTime.parse(time.trim());
            return parsed.getHour() * 60 + parsed.getMinute();
        }
    }

    static TimeClass of(boolean highSeason, boolean offPeak) {
        return highSeason ? (offPeak ? HCH : HPH) : (offPeak ? HCB : HPB);
    }
}
