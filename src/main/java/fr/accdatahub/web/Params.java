package fr.accdatahub.web;

import fr.accdatahub.failure.InvalidRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Request parameters read as values, with the one 400 that names the parameter when one is malformed or missing.
 * Typed path and query parameters go through {@link ParamConverters}; what is read from headers is read here.
 */
public final class Params {

    public static final int DEFAULT_PAGE = 100;
    public static final int MAX_PAGE = 1000;
    private static final Pattern FILE_NAME = Pattern.compile("filename\\s*=\\s*\"?([^\";]+)\"?");

    private Params() {
    }

    /** A parameter that must be given. */
    public static <T> T required(String name, T value) {
        if (value == null) {
            throw new InvalidRequest(name + " is required");
        }
        return value;
    }

    /** A file's name: the query parameter when given, else the Content-Disposition header's. */
    public static String fileName(String disposition, String query) {
        if (query != null && !query.isBlank()) {
            return query.trim();
        }
        Matcher matcher = disposition == null ? null : FILE_NAME.matcher(disposition);
        if (matcher == null || !matcher.find()) {
            throw new InvalidRequest("Name the file: Content-Disposition: attachment; filename=\"…\" "
                    + "or ?filename=");
        }
        return matcher.group(1).trim();
    }

    /** The size of a page the caller asks for ({@code limit}): 100 by default, from 1 to 1,000. */
    public static int pageSize(Integer limit) {
        int size = limit == null ? DEFAULT_PAGE : limit;
        if (size < 1 || size > MAX_PAGE) {
            throw new InvalidRequest("limit must be from 1 to " + MAX_PAGE);
        }
        return size;
    }

    /** A UUID path parameter: a 400 naming it when malformed. */
    public static UUID uuid(String name, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(name + " must be a UUID, not '" + value + "'");
        }
    }

    static LocalDate day(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(name + " must be a date YYYY-MM-DD, not '" + value + "'");
        }
    }

    static Integer integer(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidRequest(name + " must be a whole number, not '" + value + "'");
        }
    }
}
