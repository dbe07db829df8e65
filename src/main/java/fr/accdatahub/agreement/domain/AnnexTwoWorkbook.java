package fr.accdatahub.agreement.domain;

import fr.accdatahub.annex.Sheets;
import fr.accdatahub.identifier.Identifiers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The annex 2 workbook (§11.2.1), {@code ACC…_AAAAMMJJ_ANNEXE 2.xlsx}: sheets LISEZ-MOI, Consommateurs (holder, SIRET
 * or RNA, address, PRM, static coefficient), Producteurs (holder, SIRET or RNA, address, email, injection contract,
 * PRM, installed power) and Modalités (key type, management of entries and exits: standard or HLM). Written from a
 * perimeter, read back as its rows; what cannot be read is a 400 naming the sheet and the row. Apache POI.
 */
public final class AnnexTwoWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String README = "LISEZ-MOI";
    static final String CONSUMERS = "Consommateurs";
    static final String PRODUCERS = "Producteurs";
    static final String TERMS = "Modalités";
    private static final List<String> CONSUMER_COLUMNS = List.of("Identité ou raison sociale du Consommateur",
            "Numéro de SIRET ou RNA", "Adresse du titulaire", "Numéro de PRM",
            "Coefficient statique de répartition (%)");
    private static final List<String> PRODUCER_COLUMNS = List.of("Identité ou raison sociale du Producteur",
            "Numéro de SIRET ou RNA du Producteur", "Adresse du titulaire", "Mail du titulaire",
            "Référence du contrat d'accès au réseau en injection", "Numéro de PRM",
            "Puissance de l'installation (kVA)");
    private static final List<String> KEY_TYPES = List.of("Statique", "Dynamique simple", "Dynamique full",
            "Par défaut");
    private static final String STANDARD = "Standard";
    private static final String HLM = "HLM";
    private static final Pattern RNA = Pattern.compile(Identifiers.RNA);
    private static final DateTimeFormatter NAME_DAY = DateTimeFormatter.ofPattern("uuuuMMdd");
    /** The largest workbook read: thousands of participants fit in a few hundred KB. */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    static {
        // POI inflates each part in memory: a part above 16 MiB (a 4 MiB zip bomb) is refused before it is parsed.
        ZipSecureFile.setMaxEntrySize(16L * 1024 * 1024);
    }

    /** A consumer's row. */
    public record ConsumerRow(int row, String holderName, String siretOrRna, String address, String usagePointId,
            BigDecimal staticCoefficient) {
    }

    /** A producer's row. */
    public record ProducerRow(int row, String holderName, String siretOrRna, String address, String email,
            String injectionContractRef, String usagePointId, BigDecimal installedPowerKva) {
    }

    /** What a workbook says. */
    public record Content(List<ConsumerRow> consumers, List<ProducerRow> producers, KeyType keyType, boolean hlm) {
    }

    private AnnexTwoWorkbook() {
    }

    /** The file's name: the agreement and the day it is sent. */
    public static String fileName(String agreementId, LocalDate day) {
        return agreementId + "_" + NAME_DAY.format(day) + "_ANNEXE 2.xlsx";
    }

    /** The workbook of a perimeter: its attachments in force on the day it is read, each role's in its sheet. */
    public static byte[] write(PerimeterOn perimeter) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet readme = workbook.createSheet(README);
            readme.createRow(0).createCell(0).setCellValue("Une ligne par participant : les consommateurs dans la "
                    + "feuille Consommateurs, les producteurs dans la feuille Producteurs (une unité de stockage dans "
                    + "les deux), le type de répartition et la gestion des entrées et sorties dans la feuille "
                    + "Modalités. Les numéros de PRM, de SIRET et de contrat s'écrivent en texte.");
            Sheet consumers = Sheets.header(workbook, CONSUMERS, CONSUMER_COLUMNS);
            Sheet producers = Sheets.header(workbook, PRODUCERS, PRODUCER_COLUMNS);
            for (Attachment a : perimeter.attachments()) {
                if (!a.period().contains(perimeter.agreement().day())) {
                    continue;
                }
                MasterData data = a.masterData();
                String holder = data.holderName() != null ? data.holderName() : a.name();
                String id = data.siret() != null ? data.siret() : data.rna();
                Sheet sheet = a.role() == Role.CONS ? consumers : producers;
                Sheets.append(sheet, a.role() == Role.CONS
                        ? Arrays.asList(holder, id, data.address(), a.usagePointId(), a.staticCoefficient())
                        : Arrays.asList(holder, id, data.address(), data.email(), data.injectionContractRef(),
                                a.usagePointId(), data.installedPowerKva()));
            }
            Sheet terms = Sheets.header(workbook, TERMS,
                    List.of("Type de répartition", "Gestion des ajouts et retraits"));
            Row row = terms.createRow(1);
            Sheets.text(row, 0, KEY_TYPES.get(perimeter.agreement().keyType().ordinal()));
            Sheets.text(row, 1, Boolean.TRUE.equals(perimeter.agreement().agreement().hlm()) ? HLM : STANDARD);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook's rows, each checked. */
    public static Content read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new WorkbookRejected("The workbook is larger than " + MAX_BYTES / 1024 / 1024 + " MiB");
        }
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            List<ConsumerRow> consumers = new ArrayList<>();
            for (Row row : rows(workbook, CONSUMERS)) {
                consumers.add(new ConsumerRow(row.getRowNum() + 1, text(row, 0), text(row, 1), text(row, 2),
                        prm(row, 3, CONSUMERS), decimal(row, 4, CONSUMERS)));
            }
            List<ProducerRow> producers = new ArrayList<>();
            for (Row row : rows(workbook, PRODUCERS)) {
                producers.add(new ProducerRow(row.getRowNum() + 1, text(row, 0), text(row, 1), text(row, 2),
                        text(row, 3), text(row, 4), prm(row, 5, PRODUCERS), decimal(row, 6, PRODUCERS)));
            }
            List<Row> terms = rows(workbook, TERMS);
            if (terms.isEmpty()) {
                throw new WorkbookRejected("sheet " + TERMS + ", row 2: the key type is missing");
            }
            String keyType = text(terms.get(0), 0);
            int index = keyType == null ? -1 : KEY_TYPES.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList()
                    .indexOf(keyType.toLowerCase(Locale.ROOT));
            if (index < 0) {
                throw new WorkbookRejected("sheet " + TERMS + ", row " + (terms.get(0).getRowNum() + 1) + ": '"
                        + keyType + "' is not one of " + KEY_TYPES);
            }
            return new Content(consumers, producers, KeyType.values()[index], HLM.equalsIgnoreCase(text(terms.get(0),
                    1)));
        } catch (IOException | RuntimeException e) {
            if (e instanceof WorkbookRejected rejected) {
                throw rejected;
            }
            if (e instanceof IOException && String.valueOf(e.getMessage()).startsWith("Zip bomb detected")) {
                throw new WorkbookRejected("The workbook inflates beyond what a workbook does (a zip bomb)");
            }
            throw new WorkbookRejected("The body is not an xlsx workbook: " + e.getClass().getSimpleName());
        }
    }

    /** Whether an identifier is an RNA number rather than a SIRET. */
    public static boolean isRna(String siretOrRna) {
        return siretOrRna != null && RNA.matcher(siretOrRna).matches();
    }

    /** The sheet's rows after its header, blank ones skipped. */
    private static List<Row> rows(Workbook workbook, String name) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            throw new WorkbookRejected("The workbook has no sheet " + name);
        }
        List<Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getLastCellNum() > 0) {
                boolean blank = true;
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    blank &= text(row, c) == null;
                }
                if (!blank) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** A cell's text, the leading quote of an identifier written as text dropped; null when empty. */
    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        String value = new DataFormatter(Locale.FRANCE).formatCellValue(cell).trim();
        value = value.startsWith("'") ? value.substring(1) : value;
        return value.isEmpty() ? null : value;
    }

    private static String prm(Row row, int column, String sheet) {
        String value = text(row, column);
        if (!Identifiers.isUsagePointId(value)) {
            throw new WorkbookRejected("sheet " + sheet + ", row " + (row.getRowNum() + 1) + ": '" + value
                    + "' is not a PRM (14 digits)");
        }
        return value;
    }

    private static BigDecimal decimal(Row row, int column, String sheet) {
        Cell cell = row.getCell(column);
        if (cell == null || text(row, column) == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue());
        }
        try {
            return new BigDecimal(text(row, column).replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new WorkbookRejected("sheet " + sheet + ", row " + (row.getRowNum() + 1) + ": '"
                    + text(row, column) + "' is not a number");
        }
    }
}
