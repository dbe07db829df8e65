package fr.accdatahub.annex;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Writing the annexes' xlsx workbooks (Apache POI): a sheet with its header row, rows of text and numbers. */
public final class Sheets {

    private Sheets() {
    }

    /** A new sheet whose first row names the columns. */
    public static Sheet header(Workbook workbook, String name, List<String> columns) {
        Sheet sheet = workbook.createSheet(name);
        Row row = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            row.createCell(c).setCellValue(columns.get(c));
        }
        return sheet;
    }

    /** A new row after the sheet's last one, with {@link #cells}. */
    public static void append(Sheet sheet, List<?> values) {
        cells(sheet.createRow(sheet.getLastRowNum() + 1), values);
    }

    /** One row's cells in column order: text, or numbers for decimals; a null leaves its cell blank. */
    public static void cells(Row row, List<?> values) {
        for (int c = 0; c < values.size(); c++) {
            if (values.get(c) instanceof BigDecimal number) {
                row.createCell(c, CellType.NUMERIC).setCellValue(number.doubleValue());
            } else if (values.get(c) instanceof String text) {
                text(row, c, text);
            }
        }
    }

    /** A text cell, left blank for null. */
    public static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column, CellType.STRING).setCellValue(value);
        }
    }
}
