package fr.accdatahub.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A value kept with its dates: versions over half-open periods of local days {@code [from, to)}, one after the
 * other, the last one open. A change from a day ends the version in force that day and starts a new one; what was in
 * force before that day is never rewritten. Immutable.
 */
public record History<T>(List<Version<T>> versions) {

    /** A value in force over a period. */
    public record Version<T>(T value, DatePeriod period) {

        public Version {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(period, "period");
        }
    }

    public History {
        versions = versions.stream().sorted(Comparator.comparing(v -> v.period().start())).toList();
        for (int k = 1; k < versions.size(); k++) {
            if (!versions.get(k).period().start().equals(versions.get(k - 1).period().end())) {
                throw new IllegalArgumentException("versions must follow one another: " + versions);
            }
        }
    }

    /** A value in force from a day on. */
    public static <T> History<T> from(LocalDate start, T value) {
        return new History<>(List.of(new Version<>(value, new DatePeriod(start, null))));
    }

    /** The value in force on {@code day}, or null before the first version. */
    public T at(LocalDate day) {
        for (Version<T> version : versions) {
            if (version.period().contains(day)) {
                return version.value();
            }
        }
        return null;
    }

    /** The first day of the history. */
    public LocalDate start() {
        return versions.get(0).period().start();
    }

    /**
     * The history with {@code value} in force from {@code day} on: the version in force that day ends there, versions
     * that would have started later are replaced; consecutive versions of one value are one. The day may not be before
     * the history's start.
     */
    public History<T> change(LocalDate day, T value) {
        if (day.isBefore(start())) {
            throw new IllegalArgumentException(day + " is before the history's start " + start());
        }
        List<Version<T>> changed = new ArrayList<>();
        for (Version<T> version : versions) {
            DatePeriod period = version.period();
            if (!period.start().isBefore(day)) {
                continue;
            }
            changed.add(period.contains(day) ? new Version<>(version.value(), new DatePeriod(period.start(), day))
                    : version);
        }
        Version<T> last = changed.isEmpty() ? null : changed.get(changed.size() - 1);
        if (last != null && last.value().equals(value)) {
            changed.set(changed.size() - 1, new Version<>(value, new DatePeriod(last.period().start(), null)));
        } else {
            changed.add(new Version<>(value, new DatePeriod(day, null)));
        }
        return new History<>(changed);
    }
}
