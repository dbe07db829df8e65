package fr.accdatahub.agreement.domain;

import fr.accdatahub.annex.AnnexCsv;
import java.util.List;

/**
 * The participant list file of annex 6 §11.6.1.2, {@code Perimetre_Participants.csv}: {@code ;}-separated, dates
 * {@code DD/MM/YYYY}, an open end written {@code 31/12/9999}, every line ending with {@code ;} and CRLF.
 */
public final class PerimeterCsv {

    public static final String FILE_NAME = "Perimetre_Participants.csv";
    private static final String OPEN_END = "31/12/9999";

    private PerimeterCsv() {
    }

    public static String write(List<Attachment> attachments) {
        AnnexCsv.Writer csv = new AnnexCsv.Writer(64 * (attachments.size() + 1))
                .cell("PRM").cell("Date debut rattachement").cell("Date fin rattachement").endLine();
        for (Attachment attachment : attachments) {
            csv.cell(attachment.usagePointId())
                    .cell(AnnexCsv.DAY.format(attachment.period().start()))
                    .cell(attachment.period().end() == null ? OPEN_END : AnnexCsv.DAY.format(attachment.period().end()))
                    .endLine();
        }
        return csv.toString();
    }
}
