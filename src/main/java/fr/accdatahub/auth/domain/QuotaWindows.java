package fr.accdatahub.auth.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One replica's count of each client's requests in its current calendar second and hour. The second is counted
 * by the replica alone; the hour is the cluster's: {@link #take} hands over what was counted since the last
 * reconciliation, {@link #reconciled} learns the cluster's totals back. Between two reconciliations a replica does
 * not see the others' requests, so with n replicas reconciling every second an hour's quota may be overshot by at
 * most (n − 1) × the quota of the second × 2 s, and a second's quota by (n − 1) × itself.
 */
public final class QuotaWindows {

    private static final long SECOND = 1000;
    private static final long HOUR = 3_600_000;

    /** A client's requests in an hour: counted by one replica, or the cluster's total. */
    public record HourCount(String clientId, Instant hour, int requests) {
    }

    public enum Verdict { ADMITTED, OVER_SECOND, OVER_HOUR }

    private static final class Window {
        long second;
        int inSecond;
        long hour;
        int cluster;   // the cluster's total of the hour at the last reconciliation, this replica's included
        int inFlight;  // handed over to a reconciliation that has not answered yet
        int counted;   // counted here since

        Window(long now) {
            turn(now);
        }

        void turn(long now) {
            if (second != now / SECOND) {
                second = now / SECOND;
                inSecond = 0;
            }
            if (hour != now / HOUR) {
                hour = now / HOUR;
                cluster = 0;
                inFlight = 0;
                counted = 0;
            }
        }
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /** Counts a request at {@code now} (epoch milliseconds), refused ones included, and judges it. */
    public Verdict count(String clientId, int perSecond, int perHour, long now) {
        Window window = windows.computeIfAbsent(clientId, id -> new Window(now));
        synchronized (window) {
            window.turn(now);
            window.inSecond++;
            window.counted++;
            if (window.inSecond > perSecond) {
                return Verdict.OVER_SECOND;
            }
            return window.cluster + window.inFlight + window.counted > perHour ? Verdict.OVER_HOUR : Verdict.ADMITTED;
        }
    }

    /** Seconds until the hour of {@code now} ends, at least 1. */
    public static int secondsLeftInHour(long now) {
        return (int) Math.max(1, (HOUR - now % HOUR) / SECOND);
    }

    /** The hour of {@code now}, as an instant. */
    public static Instant hourOf(long now) {
        return Instant.ofEpochMilli(now - now % HOUR);
    }

    /** Whether no client has been counted in the current hour (nothing to reconcile). */
    public boolean idle() {
        return windows.isEmpty();
    }

    /** Hands over the counts of the current hour made since the last reconciliation; forgets past hours. */
    public List<HourCount> take(long now) {
        List<HourCount> taken = new ArrayList<>();
        windows.entrySet().removeIf(entry -> entry.getValue().hour != now / HOUR);
        windows.forEach((clientId, window) -> {
            synchronized (window) {
                if (window.counted > 0 && window.hour == now / HOUR) {
                    taken.add(new HourCount(clientId, Instant.ofEpochMilli(window.hour * HOUR), window.counted));
                    window.inFlight += window.counted;
                    window.counted = 0;
                }
            }
        });
        return taken;
    }

    /** Learns the cluster's totals, which include what {@link #take} handed over. */
    public void reconciled(List<HourCount> totals, long now) {
        for (HourCount total : totals) {
            if (total.hour().toEpochMilli() / HOUR != now / HOUR) {
                continue;
            }
            Window window = windows.computeIfAbsent(total.clientId(), id -> new Window(now));
            synchronized (window) {
                window.turn(now);
                window.cluster = Math.max(window.cluster, total.requests());
                window.inFlight = 0;
            }
        }
    }

    /** Takes back what a failed reconciliation was handed, to hand it over again next time. */
    public void failed(List<HourCount> taken) {
        for (HourCount count : taken) {
            Window window = windows.get(count.clientId());
            if (window != null) {
                synchronized (window) {
                    if (window.hour * HOUR == count.hour().toEpochMilli()) {
                        window.inFlight -= count.requests();
                        window.counted += count.requests();
                    }
                }
            }
        }
    }
}
