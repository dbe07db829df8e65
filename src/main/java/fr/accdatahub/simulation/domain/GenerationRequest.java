package fr.accdatahub.simulation.domain;

import fr.accdatahub.rawcurve.domain.RawCurveRequest;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST …/repartition_keys/generate}: keys for the days {@code [start, end)}, made by a strategy from
 * reference curves: the stored ones of as many days from {@code reference.start}, or curves given inline.
 */
@RegisterForReflection(targets = {GenerationRequest.class, GenerationRequest.Reference.class})
public record GenerationRequest(LocalDate start, LocalDate end, KeysSpec keys, Reference reference) {

    /** Where the reference values come from: one of the two. */
    public record Reference(LocalDate start, List<RawCurveRequest.Curve> curves) {
    }
}
