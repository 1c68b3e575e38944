package nl.praktijkplan.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.PastYear;
import nl.praktijkplan.io.AtomicFiles;

/**
 * The workbook template for the past years' annual accounts: written with the case's figures (or empty year
 * columns before the first plan year), filled in by the accountant, and read back as the case's {@code pastYears}
 * (which the case file reader then validates). A file that is not this template is refused with a sentence.
 */
public final class PastYearsWorkbook {

    static final String SHEET_NL = "Jaarcijfers";
    static final String SHEET_EN = "Past years";
    private static final int FIRST_COLUMN = 1;
    private static final int YEAR_ROW = 3;
    /** The rows of the amounts (0-based) and the JSON field each fills; a balance field's name starts with "balance.". */
    private static final int[] ROWS = {4, 5, 9, 10, 11, 12};
    private static final String[] FIELDS = {"revenue", "costs", "balance.fixedAssets", "balance.currentAssets", "balance.equity",
            "balance.debts"};
    private static final int RESULT_ROW = 6;
    private static final int BALANCE_TITLE_ROW = 8;

    /** What a workbook held: the years as case JSON, or the problems (with cell references) that kept it from being read. */
    public record Imported(ArrayNode pastYears, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Writes the template, atomically, holding the case's past years or three empty year columns. */
    public void writeTemplate(BusinessCase c, boolean dutch, Path target) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet(dutch ? SHEET_NL : SHEET_EN);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            text(s, 0, 0, dutch ? "Jaarcijfers – " + c.practice().name() : "Past years – " + c.practice().name()).setCellStyle(bold);
            text(s, 1, 0, dutch ? "Vul per jaar de cijfers uit de jaarrekening in (hoogstens " + PastYearsReader.MAX_YEARS
                    + " jaren, vóór " + c.practice().startYear() + "); laat een kolom zonder jaar leeg. De balans is optioneel."
                    : "Enter each year's figures from the annual accounts (at most " + PastYearsReader.MAX_YEARS + " years, before "
                    + c.practice().startYear() + "); leave a column without a year empty. The balance sheet is optional.");
            text(s, YEAR_ROW, 0, dutch ? "Jaar" : "Year").setCellStyle(bold);
            String[] labels = dutch
                    ? new String[] {"Omzet", "Kosten (incl. afschrijving en rente)", "Vaste activa", "Vlottende activa", "Eigen vermogen",
                            "Vreemd vermogen"}
                    : new String[] {"Revenue", "Costs (incl. depreciation and interest)", "Fixed assets", "Current assets", "Equity",
                            "Debts"};
            for (int k = 0; k < ROWS.length; k++) {
                text(s, ROWS[k], 0, labels[k]);
            }
            text(s, RESULT_ROW, 0, dutch ? "Resultaat (omzet − kosten)" : "Result (revenue − costs)").setCellStyle(bold);
            text(s, BALANCE_TITLE_ROW, 0, dutch ? "Balans per jaareinde (optioneel)" : "Balance sheet at year end (optional)").setCellStyle(bold);
            List<PastYear> years = c.pastYears();
            for (int j = 0; j < PastYearsReader.MAX_YEARS; j++) {
                int col = FIRST_COLUMN + j;
                PastYear y = j < years.size() ? years.get(j) : null;
                if (y != null) {
                    number(s, YEAR_ROW, col, y.year(), null);
                    number(s, ROWS[0], col, y.revenue(), money);
                    number(s, ROWS[1], col, y.costs(), money);
                    if (y.balance() != null) {
                        double[] b = {y.balance().fixedAssets(), y.balance().currentAssets(), y.balance().equity(), y.balance().debts()};
                        for (int k = 0; k < b.length; k++) {
                            number(s, ROWS[2 + k], col, b[k], money);
                        }
                    }
                } else if (years.isEmpty() && j < 3) {
                    number(s, YEAR_ROW, col, c.practice().startYear() - 3 + j, null);
                }
                String column = CellReference.convertNumToColString(col);
                Cell result = cell(s, RESULT_ROW, col);
                result.setCellFormula("IF(" + column + (YEAR_ROW + 1) + "=\"\",\"\"," + column + (ROWS[0] + 1) + "-" + column + (ROWS[1] + 1) + ")");
                result.setCellStyle(money);
            }
            s.setColumnWidth(0, 40 * 256);
            for (int j = 0; j < PastYearsReader.MAX_YEARS; j++) {
                s.setColumnWidth(FIRST_COLUMN + j, 14 * 256);
            }
            AtomicFiles.write(target, wb::write);
        }
    }

    /** Reads a filled-in template; never throws for a wrong or damaged file. */
    public Imported read(Path file) {
        List<Problem> problems = new ArrayList<>();
        ArrayNode years = JsonNodeFactory.instance.arrayNode();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheet(SHEET_NL) != null ? wb.getSheet(SHEET_NL) : wb.getSheet(SHEET_EN);
            if (s == null) {
                return refused("de werkmap heeft geen blad '" + SHEET_NL + "'; sla het sjabloon op vanuit Praktijkplan en vul dat in",
                        "the workbook has no sheet '" + SHEET_EN + "'; save the template from Praktijkplan and fill that in");
            }
            Cell label = cell(s, YEAR_ROW, 0);
            if (label.getCellType() != CellType.STRING || !List.of("Jaar", "Year").contains(label.getStringCellValue().strip())) {
                return refused("het blad heeft niet de indeling van het sjabloon (cel A" + (YEAR_ROW + 1) + " hoort 'Jaar' te zijn)",
                        "the sheet is not laid out as the template (cell A" + (YEAR_ROW + 1) + " should read 'Year')");
            }
            for (int j = 0; j < PastYearsReader.MAX_YEARS; j++) {
                ObjectNode year = column(s, FIRST_COLUMN + j, problems);
                if (year != null) {
                    years.add(year);
                }
            }
        } catch (IOException | RuntimeException e) {
            // POI signals a file that is no workbook (or a damaged one) with runtime exceptions of several kinds.
            return refused("dit bestand is geen leesbare Excel-werkmap (.xlsx): " + e.getMessage(),
                    "this file is not a readable Excel workbook (.xlsx): " + e.getMessage());
        }
        return new Imported(years, problems);
    }

    /** One year column as case JSON; null when the column is empty. */
    private static ObjectNode column(Sheet s, int col, List<Problem> problems) {
        Double year = value(s, YEAR_ROW, col, problems);
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ObjectNode balance = JsonNodeFactory.instance.objectNode();
        for (int k = 0; k < ROWS.length; k++) {
            Double v = value(s, ROWS[k], col, problems);
            if (v == null) {
                continue;
            }
            if (year == null) {
                String ref = new CellReference(YEAR_ROW, col).formatAsString();
                problems.add(new Problem(ref, "vul het jaar in boven de bedragen", "enter the year above the amounts"));
                return null;
            }
            String field = FIELDS[k];
            (field.startsWith("balance.") ? balance : node).put(field.substring(field.indexOf('.') + 1), v);
        }
        if (year == null) {
            return null;
        }
        if (year != Math.rint(year)) {
            problems.add(new Problem(new CellReference(YEAR_ROW, col).formatAsString(), "het jaar moet een geheel getal zijn",
                    "the year must be a whole number"));
            return null;
        }
        node.put("year", (long) Math.rint(year)); // out of range: the case file reader says so at pastYears[i].year
        if (!balance.isEmpty()) {
            node.set("balance", balance);
        }
        return node;
    }

    /** A cell's number; null when empty; a problem (with the cell's reference) when it holds text or an error. */
    private static Double value(Sheet s, int row, int col, List<Problem> problems) {
        Row r = s.getRow(row);
        Cell c = r == null ? null : r.getCell(col);
        if (c == null) {
            return null;
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        if (type == CellType.BLANK || type == CellType.STRING && c.getStringCellValue().isBlank()) {
            return null;
        }
        if (type == CellType.NUMERIC) {
            return c.getNumericCellValue();
        }
        String ref = new CellReference(row, col).formatAsString();
        problems.add(new Problem(ref, "moet een getal zijn", "must be a number"));
        return null;
    }

    private static Imported refused(String nl, String en) {
        return new Imported(JsonNodeFactory.instance.arrayNode(), List.of(new Problem("", nl, en)));
    }

    private static Cell cell(Sheet s, int row, int col) {
        Row r = s.getRow(row) != null ? s.getRow(row) : s.createRow(row);
        return r.getCell(col) != null ? r.getCell(col) : r.createCell(col);
    }

    private static Cell text(Sheet s, int row, int col, String value) {
        Cell c = cell(s, row, col);
        c.setCellValue(value);
        return c;
    }

    private static void number(Sheet s, int row, int col, double value, CellStyle style) {
        Cell c = cell(s, row, col);
        c.setCellValue(value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }
}
