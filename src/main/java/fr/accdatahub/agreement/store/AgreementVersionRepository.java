package fr.accdatahub.agreement.store;

import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.calendar.History;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The dated versions of agreements' key types and statuses. Call within a session. */
@ApplicationScoped
public class AgreementVersionRepository
        implements PanacheRepositoryBase<AgreementVersionEntity, AgreementVersionEntity.Key> {

    /** Every version of these agreements, by agreement. */
    public Uni<Map<String, List<AgreementVersionEntity>>> ofAgreements(Collection<String> agreementIds) {
        return list("agreementId in ?1", agreementIds)
                .map(versions -> versions.stream().collect(Collectors.groupingBy(v -> v.agreementId)));
    }

    /**
     * Stores {@code history} as an agreement's versions of one attribute, over the {@code stored} versions read in
     * this session: a version that keeps its start is updated, one that no longer exists is deleted, a new one added.
     */
    public <T> Uni<Void> store(String agreementId, String attribute, List<AgreementVersionEntity> stored,
            History<T> history, Function<T, String> code) {
        Map<LocalDate, AgreementVersionEntity> byStart = new HashMap<>();
        stored.stream().filter(v -> v.attribute.equals(attribute)).forEach(v -> byStart.put(v.validFrom, v));
        List<AgreementVersionEntity> added = new ArrayList<>();
        for (History.Version<T> version : history.versions()) {
            AgreementVersionEntity kept = byStart.remove(version.period().start());
            if (kept == null) {
                added.add(AgreementVersionEntity.of(agreementId, attribute, code.apply(version.value()),
                        version.period().start(), version.period().end()));
            } else {
                kept.value = code.apply(version.value());
                kept.validTo = version.period().end();
            }
        }
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (AgreementVersionEntity gone : byStart.values()) {
            chain = chain.chain(() -> delete(gone));
        }
        return added.isEmpty() ? chain : chain.chain(() -> persist(added));
    }

    /** The history of one attribute among an agreement's versions. */
    public static <T> History<T> history(List<AgreementVersionEntity> versions, String attribute,
            Function<String, T> value) {
        return new History<>(versions.stream()
                .filter(v -> v.attribute.equals(attribute))
                .map(v -> new History.Version<>(value.apply(v.value), new DatePeriod(v.validFrom, v.validTo)))
                .toList());
    }
}
