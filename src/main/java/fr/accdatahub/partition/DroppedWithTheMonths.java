package fr.accdatahub.partition;

import io.smallrye.mutiny.Uni;
import java.time.LocalDate;

/**
 * What refers to the measures, keys and results of the months the retention drops, and goes with them: a feature
 * provides it (the calculations of the periods that began before then, whose results are gone).
 */
public interface DroppedWithTheMonths {

    /** Forgets what refers to data before {@code before}; answers how many records went. */
    Uni<Integer> forgetBefore(LocalDate before);
}
