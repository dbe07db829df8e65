package fr.accdatahub.keys;

import fr.accdatahub.agreement.AgreementService;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.calendar.InstantRange;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.failure.InvalidRequest;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.keys.domain.KeysInForce;
import fr.accdatahub.keys.domain.StoredKey;
import fr.accdatahub.keys.store.KeyStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Reading accepted keys: the key in force at each step of a range, and the keys a calculation applies. */
@ApplicationScoped
public class KeyReader {

    public static final int MAX_DAYS = 31;
    /** The most coefficients one answer holds: a month of SIMPLE keys for 300 consumers, 5 days of FULL 10 x 200. */
    public static final int MAX_COEFFICIENTS = 1_000_000;

    private final AgreementService agreements;
    private final KeyStore store;

    public KeyReader(AgreementService agreements, KeyStore store) {
        this.agreements = agreements;
        this.store = store;
    }

    public Uni<KeysInForce> inForce(Caller caller, String agreementId, String start, String end) {
        InstantRange range = InstantRange.parse(start, end, MAX_DAYS);
        if (!StepGrid.isAligned(range.start()) || !StepGrid.isAligned(range.end())) {
            throw new InvalidRequest("start and end must be on the step grid");
        }
        return agreements.snapshot(caller, agreementId).chain(snapshot -> accepted(agreementId,
                snapshot.agreement().keyType(), range.start(), range.end()).map(keys -> {
                    long coefficients = keys.stream().mapToLong(key -> key.coefficients().length).sum();
                    if (coefficients > MAX_COEFFICIENTS) {
                        throw new InvalidRequest("This range holds " + coefficients + " coefficients, more than the "
                                + MAX_COEFFICIENTS + " one answer may carry: ask for a shorter range");
                    }
                    return KeysInForce.of(snapshot.agreement(), snapshot.perimeter(), range, keys);
                }));
    }

    /** The accepted keys of {@code [from, to)}, by step and producer; none for a key type without submissions. */
    public Uni<List<StoredKey>> accepted(String agreementId, KeyType keyType, Instant from, Instant to) {
        return keyType.isDynamic()
                ? store.keys(agreementId, from, to, keyType == KeyType.DYNAMIC_FULL)
                : Uni.createFrom().item(List.of());
    }
}
