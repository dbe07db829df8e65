package fr.accdatahub.measure;

import fr.accdatahub.calendar.ServiceClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The measure files of annex 6 §11.6.1.1: named {@code <PRM or agreement>_<DDMMYYYY>_<DDMMYYYY>_<type>_<CDC|ENERGIE>.csv}
 * (first and last local day), {@code ;}-separated, lines ending with {@code ;} and CRLF. Load curves: one line per
 * hour, its local start and its steps' W (four, or two before October 2024; an hour repeated by the October change
 * has two lines); energies: {@code HP;134,70;} in kWh with a decimal comma; the producer's detail:
 * {@code PRM CONS;AUTOCONSO (kWh)}.
 */
public final class Annex6Files {

    /** A file: its name and content. */
    public record File(String name, String content) {
    }

    private static final DateTimeFormatter NAME_DAY = DateTimeFormatter.ofPattern("ddMMyyyy");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final String LINE_END = "\r\n";

    private Annex6Files() {
    }

    public static String name(String id, LocalDate first, LocalDate last, String type, String kind) {
        return id + "_" + NAME_DAY.format(first) + "_" + NAME_DAY.format(last) + "_" + type + "_" + kind + ".csv";
    }

    /** A load curve file; {@code values} are whole W, {@link Publication#ABSENT} written as an empty cell. */
    public static String loadCurve(Instant[] steps, long[] values) {
        StringBuilder csv = new StringBuilder(steps.length * 12);
        long hour = Long.MIN_VALUE;
        for (int s = 0; s < steps.length; s++) {
            long stepHour = Math.floorDiv(steps[s].getEpochSecond(), 3600);
            if (stepHour != hour) {
                if (hour != Long.MIN_VALUE) {
                    csv.append(LINE_END);
                }
                hour = stepHour;
                csv.append(HOUR.format(Instant.ofEpochSecond(stepHour * 3600).atZone(ServiceClock.PARIS))).append(';');
            }
            if (values[s] != Publication.ABSENT) {
                csv.append(values[s]);
            }
            csv.append(';');
        }
        return csv.append(LINE_END).toString();
    }

    /** An energy file: the supplier calendar's HP and HC. */
    public static String energy(BigDecimal[] supplier) {
        return "HP;" + comma(supplier[0]) + ";" + LINE_END + "HC;" + comma(supplier[1]) + ";" + LINE_END;
    }

    /** A producer's energy given to each consumer. */
    public static String detail(Map<String, BigDecimal> byConsumer) {
        StringBuilder csv = new StringBuilder("PRM CONS;AUTOCONSO (kWh)").append(LINE_END);
        byConsumer.forEach((prm, kwh) -> csv.append(prm).append(';').append(comma(kwh)).append(LINE_END));
        return csv.toString();
    }

    private static String comma(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }

    static long[] widen(int[] values) {
        long[] wide = new long[values.length];
        for (int k = 0; k < values.length; k++) {
            wide[k] = values[k] == Publication.ABSENT ? Publication.ABSENT : values[k];
        }
        return wide;
    }
}
