package fr.accdatahub.keys.domain;

import fr.accdatahub.annex.AnnexCsv;
import fr.accdatahub.calendar.LocalTimeReader;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.identifier.Identifiers;
import fr.accdatahub.keys.domain.KeySubmissionRequest.KeyValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The annex 5 file of DYNAMIC_SIMPLE keys: named {@code ACC00000001_15_01112024_30112024.txt} (agreement, step in
 * minutes, first and last local day), {@code ;}-separated, a {@code Horodate;<consumer PRM>;…} header, then one line
 * per step: its local start {@code DD/MM/YYYY HH:MM} and a percentage per consumer with a decimal comma.
 * On the last Sunday of October the repeated local hour is read in file order: first +02:00, then +01:00.
 * The header lists the consumers attached at any time in the file's period: a consumer not attached at a step has an
 * empty cell there (or a 0, which does not count either). What cannot be read as such a file is a 400 naming the
 * line; what can be read is judged step by step, and the steps of the period the file leaves out are listed.
 */
public final class KeyFile {

    private static final Pattern NAME = Pattern.compile(
            "^(" + Identifiers.AGREEMENT_ID_FORM + ")_(15|30)_(\\d{8})_(\\d{8})\\.txt$");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("^-?\\d+(,\\d+)?$");

    /** What the file name says. */
    public record Name(String agreementId, int stepMinutes, LocalDate firstDay, LocalDate lastDay) {
    }

    private KeyFile() {
    }

    public static Name parseName(String fileName) {
        Matcher matcher = fileName == null ? null : NAME.matcher(fileName);
        if (matcher == null || !matcher.matches()) {
            throw new KeyFileRejected("The file name must be <agreement>_<step minutes>_<DDMMYYYY>_<DDMMYYYY>.txt, "
                    + "e.g. ACC00000001_15_01112024_30112024.txt, not '" + fileName + "'");
        }
        try {
            Name name = new Name(matcher.group(1), Integer.parseInt(matcher.group(2)),
                    LocalDate.parse(matcher.group(3), AnnexCsv.NAME_DAY), LocalDate.parse(matcher.group(4), AnnexCsv.NAME_DAY));
            if (name.lastDay().isBefore(name.firstDay())) {
                throw new KeyFileRejected("The file name's last day is before its first day");
            }
            return name;
        } catch (DateTimeParseException e) {
            throw new KeyFileRejected("The file name's dates must be real days DDMMYYYY: '" + fileName + "'");
        }
    }

    /** Reads the file's steps, checking that they match its name and that the name matches the agreement. */
    public static List<SubmittedStep> read(String fileName, String agreementId, StepGrid grid, String content) {
        Name name = parseName(fileName);
        if (!name.agreementId().equals(agreementId)) {
            throw new KeyFileRejected("The file is for " + name.agreementId() + ", not " + agreementId);
        }
        String[] lines = AnnexCsv.lines(content);
        String[] consumers = header(lines[0]);
        List<SubmittedStep> steps = new ArrayList<>(lines.length);
        LocalTimeReader times = new LocalTimeReader();
        for (int index = 1; index < lines.length; index++) {
            if (!lines[index].isBlank()) {
                steps.add(step(lines[index], index + 1, consumers, name, grid, times));
            }
        }
        if (steps.isEmpty()) {
            throw new KeyFileRejected("The file has no step line");
        }
        checkPeriod(name, steps);
        return steps;
    }

    private static String[] header(String line) {
        String[] cells = AnnexCsv.cells(line);
        if (cells.length < 2 || !cells[0].trim().equals("Horodate")) {
            throw new KeyFileRejected("line 1: the header must be Horodate;<consumer PRM>;…");
        }
        String[] consumers = new String[cells.length - 1];
        for (int i = 1; i < cells.length; i++) {
            consumers[i - 1] = cells[i].trim();
            if (!Identifiers.isUsagePointId(consumers[i - 1])) {
                throw new KeyFileRejected("line 1: '" + consumers[i - 1] + "' is not a PRM (14 digits)");
            }
        }
        return consumers;
    }

    private static SubmittedStep step(String line, int number, String[] consumers, Name name, StepGrid grid,
            LocalTimeReader times) {
        String[] cells = AnnexCsv.cells(line);
        if (cells.length != consumers.length + 1) {
            throw new KeyFileRejected("line " + number + ": " + (cells.length - 1) + " values for "
                    + consumers.length + " consumers");
        }
        OffsetDateTime start = times.read(cells[0].trim(), number);
        if (grid.minutesAt(start.toInstant()) != name.stepMinutes()) {
            throw new KeyFileRejected("line " + number + ": the file name says " + name.stepMinutes()
                    + "-minute steps, but steps are of " + grid.minutesAt(start.toInstant())
                    + " minutes in that calculation period");
        }
        List<KeyValue> keys = new ArrayList<>(consumers.length);
        for (int i = 0; i < consumers.length; i++) {
            String cell = cells[i + 1].trim();
            if (cell.isEmpty()) {
                continue;
            }
            if (!DECIMAL_COMMA.matcher(cell).matches()) {
                throw new KeyFileRejected("line " + number + ", consumer " + consumers[i] + ": '" + cell
                        + "' is not a percentage with a decimal comma, e.g. 50,81");
            }
            keys.add(new KeyValue(consumers[i], AnnexCsv.parseDecimal(cell)));
        }
        return new SubmittedStep(start, number, keys, null);
    }

    /**
     * The steps of the file's days, from the agreement's start, that it has no line for (they get the default key),
     * in order.
     */
    public static List<OffsetDateTime> missingSteps(String fileName, List<SubmittedStep> steps,
            LocalDate agreementStart, StepGrid grid) {
        Name name = parseName(fileName);
        Set<Instant> given = new HashSet<>();
        steps.forEach(step -> given.add(step.start().toInstant()));
        LocalDate first = name.firstDay().isBefore(agreementStart) ? agreementStart : name.firstDay();
        List<OffsetDateTime> missing = new ArrayList<>();
        for (Instant step = StepGrid.startOf(first); step.isBefore(StepGrid.startOf(name.lastDay().plusDays(1)));
                step = grid.next(step)) {
            if (!given.contains(step)) {
                missing.add(Paris.local(step));
            }
        }
        return missing;
    }

    private static void checkPeriod(Name name, List<SubmittedStep> steps) {
        LocalDate first = day(steps.get(0));
        LocalDate last = day(steps.get(steps.size() - 1));
        if (!first.equals(name.firstDay()) || !last.equals(name.lastDay())) {
            throw new KeyFileRejected("The file name says " + name.firstDay() + " to " + name.lastDay()
                    + ", but its lines run from " + first + " to " + last);
        }
        for (SubmittedStep step : steps) {
            LocalDate day = day(step);
            if (day.isBefore(name.firstDay()) || day.isAfter(name.lastDay())) {
                throw new KeyFileRejected("line " + step.line() + ": " + day
                        + " is outside the period of the file name");
            }
        }
    }

    private static LocalDate day(SubmittedStep step) {
        return Paris.day(step.start().toInstant());
    }
}
