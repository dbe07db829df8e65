package fr.accdatahub.agreement;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The participant list file of annex 6 §11.6.1.2, {@code Perimetre_Participants.csv}: {@code ;}-separated, dates
 * {@code DD/MM/YYYY}, an open end written {@code 31/12/9999}, every line ending with {@code ;} and CRLF.
 */
public final class PerimeterCsv {

    public static final String FILE_NAME = "Perimetre_Participants.csv";
    static final String HEADER = "PRM;Date debut rattachement;Date fin rattachement;";
    private static final String OPEN_END = "31/12/9999";
    private static final String LINE_END = "\r\n";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private PerimeterCsv() {
    }

    public static String write(List<ParticipantView> participants) {
        StringBuilder csv = new StringBuilder(HEADER).append(LINE_END);
        for (ParticipantView participant : participants) {
            csv.append(participant.usagePointId()).append(';')
                    .append(DATE.format(participant.start())).append(';')
                    .append(participant.end() == null ? OPEN_END : DATE.format(participant.end())).append(';')
                    .append(LINE_END);
        }
        return csv.toString();
    }
}
