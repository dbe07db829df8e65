package fr.accdatahub.agreement.domain;

import fr.accdatahub.calendar.CalculationPeriod;
import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.calendar.History;
import fr.accdatahub.calendar.StepGrid;
import java.time.LocalDate;

/**
 * An ACC operation, bound by one convention ({@code ACC} + 8 digits), as the rules and the API read it, with its annex 1
 * master data (geographic scope and category, INSEE code, social housing), all optional. Its key type and status are
 * dated histories: what was in force on a day is asked of that day.
 */
public record Agreement(
        String id,
        String name,
        LocalDate startDate,
        int anniversaryDay,
        String geographicScope,
        GeographicCategory geographicCategory,
        String inseeCode,
        Boolean hlm,
        Pmo pmo,
        History<KeyType> keyTypes,
        History<AgreementStatus> statuses) {

    /** Personne Morale Organisatrice: the legal entity that organises the operation, known by its SIRET. */
    public record Pmo(String name, String siret) {
    }

    /** The key type in force on {@code day}; the first one before the agreement's start. */
    public KeyType keyType(LocalDate day) {
        return inForce(keyTypes, day);
    }

    /** The status in force on {@code day}; the first one before the agreement's start. */
    public AgreementStatus status(LocalDate day) {
        return inForce(statuses, day);
    }

    /** The calculation period that contains {@code day}. */
    public CalculationPeriod periodOf(LocalDate day) {
        return CalculationPeriod.containing(day, startDate, anniversaryDay);
    }

    /** The grid of the operation's keys, calculations and published data: fixed per calculation period. */
    public StepGrid stepGrid() {
        return StepGrid.ofOperation(startDate, anniversaryDay);
    }

    /** Whether the key type is STATIC on some day of {@code period}. */
    public boolean staticDuring(DatePeriod period) {
        return keyTypes.versions().stream()
                .anyMatch(version -> version.value() == KeyType.STATIC && version.period().overlaps(period));
    }

    /** Whether the key type is dynamic on some day. */
    public boolean everDynamic() {
        return keyTypes.versions().stream().anyMatch(version -> version.value().isDynamic());
    }

    private static <T> T inForce(History<T> history, LocalDate day) {
        T value = history.at(day);
        return value != null ? value : history.versions().get(0).value();
    }
}
