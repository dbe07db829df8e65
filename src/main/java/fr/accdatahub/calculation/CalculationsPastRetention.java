package fr.accdatahub.calculation;

import fr.accdatahub.calculation.store.CalculationStore;
import fr.accdatahub.partition.DroppedWithTheMonths;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/**
 * The calculations of the periods that began before the months the retention dropped: their curves are gone, so
 * the runs go too, and reading such a period answers {@code no_data_found} like a period never computed.
 */
@ApplicationScoped
public class CalculationsPastRetention implements DroppedWithTheMonths {

    private final CalculationStore store;

    public CalculationsPastRetention(CalculationStore store) {
        this.store = store;
    }

    @Override
    public Uni<Integer> forgetBefore(LocalDate before) {
        return store.forgetBefore(before);
    }
}
