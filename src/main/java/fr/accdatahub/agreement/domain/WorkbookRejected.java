package fr.accdatahub.agreement.domain;

import fr.accdatahub.failure.InvalidRequest;

/** An annex 2 workbook that cannot be read as one: the sheet and row named in the description. */
public class WorkbookRejected extends InvalidRequest {

    public WorkbookRejected(String description) {
        super(description);
    }
}
