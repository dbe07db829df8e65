package fr.accdatahub.calendar;

import fr.accdatahub.failure.InvalidRequest;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the local times of a file ({@code DD/MM/YYYY HH:MM}, Europe/Paris) as instants. A time that the October
 * change repeats is taken in file order: its first occurrence at +02:00, the next at +01:00. A time that the March
 * change skips is a 400 naming the line.
 */
public final class LocalTimeReader {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private final Map<LocalDateTime, Integer> seen = new HashMap<>();

    public OffsetDateTime read(String cell, int line) {
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(cell, FORMAT);
        } catch (DateTimeParseException e) {
            throw new InvalidRequest("line " + line + ": '" + cell + "' is not a time DD/MM/YYYY HH:MM");
        }
        List<ZoneOffset> offsets = Paris.ZONE.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            throw new InvalidRequest("line " + line + ": " + cell
                    + " does not exist in Europe/Paris (the clocks go forward)");
        }
        int occurrence = seen.merge(local, 1, Integer::sum);
        return local.atOffset(offsets.get(Math.min(occurrence, offsets.size()) - 1));
    }
}
