package fr.accdatahub.keys;

import fr.accdatahub.agreement.AgreementService;
import fr.accdatahub.agreement.domain.Agreement;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.calendar.History;
import fr.accdatahub.calendar.InstantRange;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.failure.InvalidRequest;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.keys.domain.AppliedDefault;
import fr.accdatahub.keys.domain.KeysInForce;
import fr.accdatahub.keys.domain.StoredKey;
import fr.accdatahub.keys.store.KeyStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reading accepted keys: the key in force at each step of a range, and the keys a calculation applies. */
@ApplicationScoped
public class KeyReader {

    public static final int MAX_DAYS = 31;
    /** The most coefficients one answer holds: a month of SIMPLE keys for 300 consumers, 5 days of FULL 10 x 200. */
    public static final int MAX_COEFFICIENTS = 1_000_000;

    private final AgreementService agreements;
    private final KeyStore store;
    private final AppliedDefaults defaults;

    public KeyReader(AgreementService agreements, KeyStore store, AppliedDefaults defaults) {
        this.agreements = agreements;
        this.store = store;
        this.defaults = defaults;
    }

    public Uni<KeysInForce> inForce(Caller caller, String agreementId, String start, String end) {
        InstantRange range = InstantRange.parse(start, end, MAX_DAYS);
        return agreements.snapshot(caller, agreementId)
                .invoke(snapshot -> range.requireOn(snapshot.agreement().stepGrid()))
                .chain(snapshot -> accepted(snapshot.agreement(), range.start(), range.end()).chain(keys -> {
                    long submitted = keys.stream().mapToLong(key -> key.coefficients().length).sum();
                    requireWithinAnswer(submitted);
                    return defaults.over(agreementId, Paris.day(range.start()),
                                    Paris.day(range.end().minusNanos(1)).plusDays(1))
                            .map(applied -> {
                                requireWithinAnswer(submitted + applied.stream().mapToLong(AppliedDefault::count)
                                        .sum());
                                return KeysInForce.of(snapshot.agreement(), snapshot.perimeter(), range, keys,
                                        applied);
                            });
                }));
    }

    /** A 400 when an answer would carry more coefficients (submitted, and DEFAULT ones applied) than it may. */
    private static void requireWithinAnswer(long coefficients) {
        if (coefficients > MAX_COEFFICIENTS) {
            throw new InvalidRequest("This range holds " + coefficients + " coefficients, more than the "
                    + MAX_COEFFICIENTS + " one answer may carry: ask for a shorter range");
        }
    }

    /**
     * The accepted keys of {@code [from, to)}, by step and producer, each of the key type in force at its step: none
     * where the key type takes no submissions.
     */
    public Uni<List<StoredKey>> accepted(Agreement agreement, Instant from, Instant to) {
        List<Uni<List<StoredKey>>> reads = new ArrayList<>();
        for (History.Version<KeyType> version : agreement.keyTypes().versions()) {
            Instant start = max(from, StepGrid.startOf(version.period().start()));
            Instant end = version.period().end() == null ? to : min(to, StepGrid.startOf(version.period().end()));
            if (version.value().isDynamic() && start.isBefore(end)) {
                reads.add(store.keys(agreement.id(), start, end, version.value() == KeyType.DYNAMIC_FULL));
            }
        }
        Uni<List<StoredKey>> all = Uni.createFrom().item(List.of());
        for (Uni<List<StoredKey>> read : reads) {
            all = all.chain(before -> read.map(keys -> concat(before, keys)));
        }
        return all;
    }

    private static List<StoredKey> concat(List<StoredKey> first, List<StoredKey> second) {
        if (first.isEmpty()) {
            return second;
        }
        List<StoredKey> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
