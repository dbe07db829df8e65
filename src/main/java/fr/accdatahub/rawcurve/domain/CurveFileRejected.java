package fr.accdatahub.rawcurve.domain;

import fr.accdatahub.failure.InvalidRequest;

/** An annex 6 CDC file that cannot be read as one: its name, or a line, named in the description. */
public class CurveFileRejected extends InvalidRequest {

    public CurveFileRejected(String description) {
        super(description);
    }
}
