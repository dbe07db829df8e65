package fr.accdatahub.publication.domain;

import fr.accdatahub.annex.AnnexCsv;
import fr.accdatahub.calendar.Paris;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * The measure files of annex 6 §11.6.1.1: named {@code <PRM or agreement>_<DDMMYYYY>_<DDMMYYYY>_<type>_<CDC|ENERGIE>.csv}
 * (first and last local day), {@code ;}-separated, lines ending with {@code ;} and CRLF. Load curves: one line per
 * hour, its local start and its steps' W (four, or two before October 2024; an hour repeated by the October change
 * has two lines); energies: {@code HP;134,70;} in kWh with a decimal comma; the producer's detail:
 * {@code PRM CONS;AUTOCONSO (kWh)}, its lines without a trailing {@code ;}.
 */
public final class Annex6Files {

    private Annex6Files() {
    }

    public static String name(String id, LocalDate first, LocalDate last, String type, String kind) {
        return id + "_" + AnnexCsv.NAME_DAY.format(first) + "_" + AnnexCsv.NAME_DAY.format(last) + "_" + type + "_"
                + kind + ".csv";
    }

    /** A load curve file; {@code values} are whole W, {@link Publication#ABSENT} written as an empty cell. */
    public static String loadCurve(Instant[] steps, long[] values) {
        AnnexCsv.Writer csv = new AnnexCsv.Writer(steps.length * 12);
        long hour = Long.MIN_VALUE;
        for (int s = 0; s < steps.length; s++) {
            long stepHour = Math.floorDiv(steps[s].getEpochSecond(), 3600);
            if (stepHour != hour) {
                if (hour != Long.MIN_VALUE) {
                    csv.endLine();
                }
                hour = stepHour;
                csv.cell(AnnexCsv.LOCAL_TIME.format(Instant.ofEpochSecond(stepHour * 3600).atZone(Paris.ZONE)));
            }
            if (values[s] == Publication.ABSENT) {
                csv.cell("");
            } else {
                csv.cell(values[s]);
            }
        }
        return csv.endLine().toString();
    }

    /** An energy file: one line per class of the supplier calendar, e.g. {@code HP;3,23;} then {@code HC;2,00;}. */
    public static String energy(Map<String, BigDecimal> supplier) {
        AnnexCsv.Writer csv = new AnnexCsv.Writer(20 * (supplier.size() + 1));
        supplier.forEach((name, kwh) -> csv.cell(name).cell(AnnexCsv.decimal(kwh)).endLine());
        return csv.toString();
    }

    /** A producer's energy given to each consumer. */
    public static String detail(Map<String, BigDecimal> byConsumer) {
        AnnexCsv.Writer csv = new AnnexCsv.Writer(40 * (byConsumer.size() + 1))
                .joined("PRM CONS", "AUTOCONSO (kWh)").endLine();
        byConsumer.forEach((prm, kwh) -> csv.joined(prm, AnnexCsv.decimal(kwh)).endLine());
        return csv.toString();
    }

    /** Whole-W values as the file writer takes them, absent values kept absent. */
    public static long[] widen(int[] values) {
        long[] wide = new long[values.length];
        for (int k = 0; k < values.length; k++) {
            wide[k] = values[k] == Publication.ABSENT ? Publication.ABSENT : values[k];
        }
        return wide;
    }
}
