package fr.accdatahub.keys;

import fr.accdatahub.calendar.LocalTimeReader;
import fr.accdatahub.calendar.ServiceClock;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.error.ApiException;
import fr.accdatahub.keys.KeySubmissionRequest.KeyValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The annex 5 file of DYNAMIC_SIMPLE keys: named {@code ACC00000001_15_01112024_30112024.txt} (agreement, step in
 * minutes, first and last local day), {@code ;}-separated, a {@code Horodate;<consumer PRM>;…} header, then one line
 * per step: its local start {@code DD/MM/YYYY HH:MM} and a percentage per consumer with a decimal comma.
 * On the last Sunday of October the repeated local hour is read in file order: first +02:00, then +01:00.
 * What cannot be read as such a file is a 400 naming the line; what can be read is judged step by step.
 */
public final class KeyFile {

    private static final Pattern NAME = Pattern.compile("^(ACC\\d{8})_(15|30)_(\\d{8})_(\\d{8})\\.txt$");
    private static final Pattern PRM = Pattern.compile("^\\d{14}$");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("^-?\\d+(,\\d+)?$");
    private static final DateTimeFormatter NAME_DAY = DateTimeFormatter.ofPattern("ddMMuuuu");

    /** What the file name says. */
    public record Name(String agreementId, int stepMinutes, LocalDate firstDay, LocalDate lastDay) {
    }

    private KeyFile() {
    }

    public static Name parseName(String fileName) {
        Matcher matcher = fileName == null ? null : NAME.matcher(fileName);
        if (matcher == null || !matcher.matches()) {
            throw ApiException.badRequest("The file name must be <agreement>_<step minutes>_<DDMMYYYY>_<DDMMYYYY>.txt, "
                    + "e.g. ACC00000001_15_01112024_30112024.txt, not '" + fileName + "'");
        }
        try {
            Name name = new Name(matcher.group(1), Integer.parseInt(matcher.group(2)),
                    LocalDate.parse(matcher.group(3), NAME_DAY), LocalDate.parse(matcher.group(4), NAME_DAY));
            if (name.lastDay().isBefore(name.firstDay())) {
                throw ApiException.badRequest("The file name's last day is before its first day");
            }
            return name;
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("The file name's dates must be real days DDMMYYYY: '" + fileName + "'");
        }
    }

    /** Reads the file's steps, checking that they match its name and that the name matches the agreement. */
    public static List<SubmittedStep> read(String fileName, String agreementId, String content) {
        Name name = parseName(fileName);
        if (!name.agreementId().equals(agreementId)) {
            throw ApiException.badRequest("The file is for " + name.agreementId() + ", not " + agreementId);
        }
        String[] lines = content.replace("\uFEFF", "").split("\r?\n", -1);
        String[] consumers = header(lines[0]);
        List<SubmittedStep> steps = new ArrayList<>(lines.length);
        LocalTimeReader times = new LocalTimeReader();
        for (int index = 1; index < lines.length; index++) {
            if (!lines[index].isBlank()) {
                steps.add(step(lines[index], index + 1, consumers, name, times));
            }
        }
        if (steps.isEmpty()) {
            throw ApiException.badRequest("The file has no step line");
        }
        checkPeriod(name, steps);
        return steps;
    }

    private static String[] header(String line) {
        String[] cells = cells(line);
        if (cells.length < 2 || !cells[0].trim().equals("Horodate")) {
            throw ApiException.badRequest("line 1: the header must be Horodate;<consumer PRM>;…");
        }
        String[] consumers = new String[cells.length - 1];
        for (int i = 1; i < cells.length; i++) {
            consumers[i - 1] = cells[i].trim();
            if (!PRM.matcher(consumers[i - 1]).matches()) {
                throw ApiException.badRequest("line 1: '" + consumers[i - 1] + "' is not a PRM (14 digits)");
            }
        }
        return consumers;
    }

    private static SubmittedStep step(String line, int number, String[] consumers, Name name,
            LocalTimeReader times) {
        String[] cells = cells(line);
        if (cells.length != consumers.length + 1) {
            throw ApiException.badRequest("line " + number + ": " + (cells.length - 1) + " values for "
                    + consumers.length + " consumers");
        }
        OffsetDateTime start = times.read(cells[0].trim(), number);
        if (StepGrid.minutesAt(start.toInstant()) != name.stepMinutes()) {
            throw ApiException.badRequest("line " + number + ": the file name says " + name.stepMinutes()
                    + "-minute steps, but steps are of " + StepGrid.minutesAt(start.toInstant()) + " minutes then");
        }
        List<KeyValue> keys = new ArrayList<>(consumers.length);
        for (int i = 0; i < consumers.length; i++) {
            String cell = cells[i + 1].trim();
            if (!DECIMAL_COMMA.matcher(cell).matches()) {
                throw ApiException.badRequest("line " + number + ", consumer " + consumers[i] + ": '" + cell
                        + "' is not a percentage with a decimal comma, e.g. 50,81");
            }
            keys.add(new KeyValue(consumers[i], new BigDecimal(cell.replace(',', '.'))));
        }
        return new SubmittedStep(start, number, keys, null);
    }

    private static void checkPeriod(Name name, List<SubmittedStep> steps) {
        LocalDate first = day(steps.get(0));
        LocalDate last = day(steps.get(steps.size() - 1));
        if (!first.equals(name.firstDay()) || !last.equals(name.lastDay())) {
            throw ApiException.badRequest("The file name says " + name.firstDay() + " to " + name.lastDay()
                    + ", but its lines run from " + first + " to " + last);
        }
        for (SubmittedStep step : steps) {
            LocalDate day = day(step);
            if (day.isBefore(name.firstDay()) || day.isAfter(name.lastDay())) {
                throw ApiException.badRequest("line " + step.line() + ": " + day
                        + " is outside the period of the file name");
            }
        }
    }

    private static LocalDate day(SubmittedStep step) {
        return step.start().atZoneSameInstant(ServiceClock.PARIS).toLocalDate();
    }

    /** The line's cells; one empty cell after a trailing {@code ;} is tolerated. */
    private static String[] cells(String line) {
        String trimmed = line.endsWith(";") ? line.substring(0, line.length() - 1) : line;
        return trimmed.split(";", -1);
    }
}
