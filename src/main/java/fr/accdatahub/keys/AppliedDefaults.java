package fr.accdatahub.keys;

import fr.accdatahub.keys.domain.AppliedDefault;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.List;

/**
 * The DEFAULT coefficients that the published (current) calculations applied over the local days {@code [from, to)}:
 * what the keys in force show on DEFAULT steps once their period is computed. The calculation, which reads the keys,
 * provides it.
 */
public interface AppliedDefaults {

    Uni<List<AppliedDefault>> over(String agreementId, LocalDate from, LocalDate to);
}
