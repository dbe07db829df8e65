package fr.accdatahub.simulation.domain;

import fr.accdatahub.rawcurve.domain.RawCurveRequest;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST …/simulations}: the days {@code [start, end)} (at most 31), the keys to try and, for a forecast, the
 * curves to try them on (the stored raw curves otherwise), in the shape of a raw curves load.
 */
@RegisterForReflection
public record SimulationRequest(LocalDate start, LocalDate end, KeysSpec keys, List<RawCurveRequest.Curve> curves) {
}
