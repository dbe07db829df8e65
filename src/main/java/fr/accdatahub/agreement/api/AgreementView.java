package fr.accdatahub.agreement.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.accdatahub.agreement.domain.AgreementOn;
import fr.accdatahub.agreement.domain.AgreementStatus;
import fr.accdatahub.agreement.domain.GeographicCategory;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.calendar.History;
import java.time.LocalDate;
import java.util.List;

/**
 * An agreement as the API shows it: its key type and status on the day asked for (today by default), and their
 * dated histories ({@code to} null while in force).
 */
public record AgreementView(
        String agreementId,
        String name,
        AgreementStatus status,
        KeyType keyType,
        LocalDate startDate,
        int anniversaryDay,
        PmoView pmo,
        String geographicScope,
        @JsonInclude(JsonInclude.Include.NON_NULL) GeographicCategory geographicCategory,
        @JsonInclude(JsonInclude.Include.NON_NULL) String inseeCode,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean hlm,
        List<KeyTypeVersion> keyTypeHistory,
        List<StatusVersion> statusHistory) {

    public record PmoView(String name, String siret) {
    }

    public record KeyTypeVersion(KeyType keyType, LocalDate from, LocalDate to) {
    }

    public record StatusVersion(AgreementStatus status, LocalDate from, LocalDate to) {
    }

    public static AgreementView of(AgreementOn on) {
        var agreement = on.agreement();
        return new AgreementView(agreement.id(), agreement.name(), on.status(), on.keyType(), agreement.startDate(),
                agreement.anniversaryDay(), new PmoView(agreement.pmo().name(), agreement.pmo().siret()),
                agreement.geographicScope(), agreement.geographicCategory(), agreement.inseeCode(), agreement.hlm(),
                versions(agreement.keyTypes(), (value, from, to) -> new KeyTypeVersion(value, from, to)),
                versions(agreement.statuses(), (value, from, to) -> new StatusVersion(value, from, to)));
    }

    private interface VersionView<T, V> {
        V of(T value, LocalDate from, LocalDate to);
    }

    private static <T, V> List<V> versions(History<T> history, VersionView<T, V> view) {
        return history.versions().stream()
                .map(version -> view.of(version.value(), version.period().start(), version.period().end()))
                .toList();
    }
}
