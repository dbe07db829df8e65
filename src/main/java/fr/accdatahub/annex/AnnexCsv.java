package fr.accdatahub.annex;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;

/**
 * The CSV dialect of the convention's annex files (annex 5 keys, annex 6 measures and perimeter): cells separated by
 * {@code ;}, most lines ending with a {@code ;} too, CRLF line ends, decimal commas, days {@code DD/MM/YYYY} and local
 * times {@code DD/MM/YYYY HH:MM}, file names with days {@code DDMMYYYY}. Written here rather than with a CSV library:
 * the files have no quoting, no header rules in common and a trailing separator that the libraries treat as an extra
 * empty column, so the dialect is these few lines, tested on their own.
 */
public final class AnnexCsv {

    public static final char SEPARATOR = ';';
    public static final String LINE_END = "\r\n";
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    public static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    public static final DateTimeFormatter NAME_DAY = DateTimeFormatter.ofPattern("ddMMuuuu");

    private AnnexCsv() {
    }

    /** The lines of a file, its byte order mark dropped; LF or CRLF line ends. */
    public static String[] lines(String content) {
        return content.replace("\uFEFF", "").split("\r?\n", -1);
    }

    /** A line's cells; the empty cell after a trailing separator is dropped. */
    public static String[] cells(String line) {
        String trimmed = line.endsWith(";") ? line.substring(0, line.length() - 1) : line;
        return trimmed.split(";", -1);
    }

    /** A decimal as the files write it: plain, with a decimal comma. */
    public static String decimal(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }

    /** A decimal written with a comma; the caller has checked its form. */
    public static BigDecimal parseDecimal(String cell) {
        return new BigDecimal(cell.replace(',', '.'));
    }

    /** Writes a file line by line. */
    public static final class Writer {

        private final StringBuilder text;

        public Writer(int capacity) {
            this.text = new StringBuilder(capacity);
        }

        /** A cell followed by its separator. */
        public Writer cell(String value) {
            text.append(value).append(SEPARATOR);
            return this;
        }

        /** A whole number cell followed by its separator. */
        public Writer cell(long value) {
            text.append(value).append(SEPARATOR);
            return this;
        }

        /** Cells separated, and not ended, by the separator. */
        public Writer joined(String... cells) {
            text.append(String.join(String.valueOf(SEPARATOR), cells));
            return this;
        }

        public Writer endLine() {
            text.append(LINE_END);
            return this;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
