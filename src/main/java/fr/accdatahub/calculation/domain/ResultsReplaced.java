package fr.accdatahub.calculation.domain;

import fr.accdatahub.failure.Conflict;

/**
 * A period was republished while an answer was being read from its previous version: the answer is read again
 * (the caller sees this only if it keeps happening).
 */
public class ResultsReplaced extends Conflict {

    public ResultsReplaced() {
        super("results_replaced", "The period was republished while it was read: ask again");
    }
}
