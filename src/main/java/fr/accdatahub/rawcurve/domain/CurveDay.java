package fr.accdatahub.rawcurve.domain;

import java.time.LocalDate;

/** One local day of a raw curve: a value in W per step of the day, null where the reading is missing. */
public record CurveDay(String usagePointId, CurveType type, LocalDate day, Integer[] watts) {
}
