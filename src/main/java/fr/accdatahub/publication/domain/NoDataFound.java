package fr.accdatahub.publication.domain;

import fr.accdatahub.failure.NotFound;
import java.time.LocalDate;

/** A range reaches into a period that has not been computed yet. */
public class NoDataFound extends NotFound {

    public NoDataFound(String agreementId, LocalDate from) {
        super("no_data_found", "No definitive data for " + agreementId + " from " + from
                + ": that period has not been computed yet");
    }
}
