package fr.accdatahub.keys;

import fr.accdatahub.agreement.Agreement;
import fr.accdatahub.agreement.AgreementService;
import fr.accdatahub.agreement.Attachment;
import fr.accdatahub.agreement.KeyType;
import fr.accdatahub.agreement.Perimeter;
import fr.accdatahub.agreement.Role;
import fr.accdatahub.auth.Caller;
import fr.accdatahub.calendar.InstantRange;
import fr.accdatahub.calendar.ServiceClock;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.error.ApiException;
import fr.accdatahub.keys.KeysInForce.Coefficient;
import fr.accdatahub.keys.KeysInForce.Producer;
import fr.accdatahub.keys.KeysInForce.Source;
import fr.accdatahub.keys.KeysInForce.Step;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The key in force at each step of a range: submitted, static, or the default key. */
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
            throw ApiException.badRequest("start and end must be on the step grid");
        }
        return agreements.withPerimeter(caller, agreementId).chain(snapshot -> {
            Agreement agreement = snapshot.agreement();
            boolean dynamic = agreement.keyType == KeyType.DYNAMIC_SIMPLE || agreement.keyType == KeyType.DYNAMIC_FULL;
            Uni<List<KeyStore.StoredKey>> stored = dynamic
                    ? store.keys(agreementId, range.start(), range.end(), agreement.keyType == KeyType.DYNAMIC_FULL)
                    : Uni.createFrom().item(List.of());
            return stored.map(keys -> {
                long coefficients = keys.stream().mapToLong(key -> key.coefficients().length).sum();
                if (coefficients > MAX_COEFFICIENTS) {
                    throw ApiException.badRequest("This range holds " + coefficients + " coefficients, more than the "
                            + MAX_COEFFICIENTS + " one answer may carry: ask for a shorter range");
                }
                return new KeysInForce(agreementId, agreement.keyType, local(range.start()), local(range.end()),
                        steps(agreement, snapshot.attachments(), range, keys));
            });
        });
    }

    private static List<Step> steps(Agreement agreement, List<Attachment> attachments, InstantRange range,
            List<KeyStore.StoredKey> keys) {
        Map<Instant, List<KeyStore.StoredKey>> byStep = new LinkedHashMap<>();
        keys.forEach(key -> byStep.computeIfAbsent(key.step(), s -> new ArrayList<>()).add(key));
        Perimeter perimeter = new Perimeter(attachments);
        Instant first = StepGrid.startOf(agreement.startDate);
        List<Step> steps = new ArrayList<>();
        for (Instant step = range.start(); step.isBefore(range.end()); step = StepGrid.next(step)) {
            if (step.isBefore(first)) {
                continue;
            }
            List<KeyStore.StoredKey> submitted = byStep.get(step);
            if (agreement.keyType == KeyType.STATIC) {
                steps.add(new Step(local(step), Source.STATIC, null, staticKeys(perimeter, step), null));
            } else if (submitted == null) {
                steps.add(new Step(local(step), Source.DEFAULT, null, null, null));
            } else if (agreement.keyType == KeyType.DYNAMIC_FULL) {
                steps.add(new Step(local(step), Source.SUBMITTED, null, null, submitted.stream()
                        .map(key -> new Producer(key.producerId(), key.submissionId(), coefficients(key)))
                        .toList()));
            } else {
                KeyStore.StoredKey key = submitted.get(0);
                steps.add(new Step(local(step), Source.SUBMITTED, key.submissionId(), coefficients(key), null));
            }
        }
        return steps;
    }

    private static List<Coefficient> staticKeys(Perimeter perimeter, Instant step) {
        LocalDate day = LocalDate.ofInstant(step, ServiceClock.PARIS);
        return perimeter.at(day).stream()
                .filter(a -> a.role() == Role.CONS)
                .sorted(Comparator.comparing(Attachment::usagePointId))
                .map(a -> new Coefficient(a.usagePointId(), a.staticCoefficient()))
                .toList();
    }

    private static List<Coefficient> coefficients(KeyStore.StoredKey key) {
        List<Coefficient> coefficients = new ArrayList<>(key.consumers().length);
        for (int i = 0; i < key.consumers().length; i++) {
            coefficients.add(new Coefficient(key.consumers()[i], BigDecimal.valueOf(key.coefficients()[i], 2)));
        }
        return coefficients;
    }

    private static OffsetDateTime local(Instant instant) {
        return instant.atZone(ServiceClock.PARIS).toOffsetDateTime();
    }
}
