package fr.accdatahub.error;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses request parameters into values, answering a 400 that names the parameter when one is malformed. */
public final class Params {

    private static final Pattern AGREEMENT_ID = Pattern.compile("^ACC\\d{8}$");
    private static final Pattern USAGE_POINT_ID = Pattern.compile("^\\d{14}$");

    private Params() {
    }

    public static Optional<LocalDate> optionalDate(String name, String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " must be a date YYYY-MM-DD, not '" + value + "'");
        }
    }

    public static LocalDate date(String name, String value) {
        return optionalDate(name, value).orElseThrow(() -> ApiException.badRequest(name + " is required"));
    }

    private static final Pattern FILE_NAME = Pattern.compile("filename\\s*=\\s*\"?([^\";]+)\"?");

    /** A file's name: the query parameter when given, else the Content-Disposition header's. */
    public static String fileName(String disposition, String query) {
        if (query != null && !query.isBlank()) {
            return query.trim();
        }
        Matcher matcher = disposition == null ? null : FILE_NAME.matcher(disposition);
        if (matcher == null || !matcher.find()) {
            throw ApiException.badRequest("Name the file: Content-Disposition: attachment; filename=\"…\" "
                    + "or ?filename=");
        }
        return matcher.group(1).trim();
    }

    public static int integer(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number, not '" + value + "'");
        }
    }

    public static String agreementId(String value) {
        return matching("agreement_id", value, AGREEMENT_ID, "ACC followed by 8 digits");
    }

    public static String usagePointId(String value) {
        return matching("usage_point_id", value, USAGE_POINT_ID, "14 digits");
    }

    private static String matching(String name, String value, Pattern pattern, String expected) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw ApiException.badRequest(name + " must be " + expected + ", not '" + value + "'");
        }
        return value;
    }
}
