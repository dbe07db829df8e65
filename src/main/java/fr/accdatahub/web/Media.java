package fr.accdatahub.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;

/** The media types of the annex files (CSV, xlsx), and a file answered as an attachment. */
public final class Media {

    public static final String TEXT_CSV = "text/csv";
    public static final String TEXT_CSV_UTF8 = TEXT_CSV + ";charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Media() {
    }

    /** A CSV file, UTF-8, named for the caller to save it. */
    public static Response csv(String fileName, String content) {
        return Response.ok(content.getBytes(StandardCharsets.UTF_8), TEXT_CSV_UTF8)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
                .build();
    }

    /** An xlsx workbook, named for the caller to save it. */
    public static Response xlsx(String fileName, byte[] content) {
        return Response.ok(content, XLSX).header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName)).build();
    }

    /** The {@code Content-Disposition} of a file to save. */
    public static String attachment(String fileName) {
        return "attachment; filename=\"" + fileName + "\"";
    }
}
