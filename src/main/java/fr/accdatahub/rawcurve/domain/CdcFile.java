package fr.accdatahub.rawcurve.domain;

import fr.accdatahub.annex.AnnexCsv;
import fr.accdatahub.calendar.LocalTimeReader;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.identifier.Identifiers;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A load curve file of annex 6 (CDC): named {@code <PRM>_<DDMMYYYY>_<DDMMYYYY>_<type>_CDC.csv}, one line per hour
 * {@code DD/MM/YYYY HH:00;v1;v2;v3;v4;} with the hour's quarter-hour values in W (two half-hour values before
 * October 2024); an empty cell is a missing value. The file covers its named days: a step without a value is missing.
 */
public final class CdcFile {

    private static final Pattern NAME = Pattern.compile(
            "^(" + Identifiers.USAGE_POINT_ID_FORM + ")_(\\d{8})_(\\d{8})_([A-Za-z]+)_CDC\\.csv$");

    private CdcFile() {
    }

    public static RawCurve read(String fileName, String content) {
        Matcher name = fileName == null ? null : NAME.matcher(fileName);
        if (name == null || !name.matches()) {
            throw new CurveFileRejected("The file name must be <PRM>_<DDMMYYYY>_<DDMMYYYY>_<cons|prod>_CDC.csv, not '"
                    + fileName + "'");
        }
        CurveType type = switch (name.group(4).toLowerCase(Locale.ROOT)) {
            case "cons", "conso" -> CurveType.CONS;
            case "prod", "production" -> CurveType.PROD;
            default -> throw new CurveFileRejected("The file name's type must be cons or prod, not '"
                    + name.group(4) + "'");
        };
        LocalDate first = day(name.group(2), fileName);
        LocalDate last = day(name.group(3), fileName);
        if (last.isBefore(first)) {
            throw new CurveFileRejected("The file name's last day is before its first day");
        }
        Instant start = StepGrid.startOf(first);
        Instant end = StepGrid.startOf(last.plusDays(1));
        List<RawCurve.Reading> readings = new ArrayList<>();
        Set<Instant> seen = new HashSet<>();
        LocalTimeReader times = new LocalTimeReader();
        String[] lines = AnnexCsv.lines(content);
        for (int index = 0; index < lines.length; index++) {
            if (!lines[index].isBlank()) {
                readLine(lines[index], index + 1, times, start, end, seen, readings);
            }
        }
        return new RawCurve(name.group(1), type, start, end, readings);
    }

    private static void readLine(String line, int number, LocalTimeReader times, Instant start, Instant end,
            Set<Instant> seen, List<RawCurve.Reading> readings) {
        String[] cells = AnnexCsv.cells(line);
        Instant hour = times.read(cells[0].trim(), number).toInstant();
        if (hour.isBefore(start) || !hour.isBefore(end)) {
            throw new CurveFileRejected("line " + number + ": " + cells[0].trim() + " is outside the file's days");
        }
        if (hour.getEpochSecond() % 3600 != 0) {
            throw new CurveFileRejected("line " + number + ": a line starts on the hour");
        }
        int perHour = 60 / StepGrid.METER.minutesAt(hour);
        if (cells.length - 1 != perHour) {
            throw new CurveFileRejected("line " + number + ": " + (cells.length - 1) + " values for the "
                    + perHour + " steps of an hour");
        }
        Instant step = hour;
        for (int i = 1; i < cells.length; i++, step = StepGrid.METER.next(step)) {
            String cell = cells[i].trim();
            if (!cell.isEmpty()) {
                if (!cell.matches("^\\d{1,9}$")) {
                    throw new CurveFileRejected("line " + number + ": '" + cell
                            + "' is not a whole number of W, 0 or more");
                }
                RawCurveRequest.check(step, "line " + number, seen);
                readings.add(new RawCurve.Reading(step, Integer.parseInt(cell)));
            }
        }
    }

    private static LocalDate day(String value, String fileName) {
        try {
            return LocalDate.parse(value, AnnexCsv.NAME_DAY);
        } catch (DateTimeParseException e) {
            throw new CurveFileRejected("The file name's dates must be real days DDMMYYYY: '" + fileName + "'");
        }
    }
}
