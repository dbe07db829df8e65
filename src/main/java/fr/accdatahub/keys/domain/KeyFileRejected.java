package fr.accdatahub.keys.domain;

import fr.accdatahub.failure.InvalidRequest;

/** An annex 5 file that cannot be read as one: its name, or a line, named in the description. */
public class KeyFileRejected extends InvalidRequest {

    public KeyFileRejected(String description) {
        super(description);
    }
}
