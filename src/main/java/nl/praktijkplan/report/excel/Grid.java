package nl.praktijkplan.report.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Writes cells of one sheet by (row, column), both 0-based, and names cells as formula references. */
final class Grid {

    final XSSFSheet sheet;
    final Styles styles;
    /** Pages the print-out may be wide; wide year tables get more than one, with their first columns repeated. */
    short pagesWide = 1;

    Grid(XSSFSheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    Cell cell(int r, int c) {
        Row row = sheet.getRow(r);
        if (row == null) {
            row = sheet.createRow(r);
        }
        Cell cell = row.getCell(c);
        return cell != null ? cell : row.createCell(c);
    }

    void text(int r, int c, String text, CellStyle style) {
        Cell cell = cell(r, c);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    void text(int r, int c, String text) {
        text(r, c, text, styles.text);
    }

    void value(int r, int c, double value, CellStyle style) {
        Cell cell = cell(r, c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    void formula(int r, int c, String formula, CellStyle style) {
        Cell cell = cell(r, c);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
    }

    /** A reference from another sheet: 'Sheet name'!$C$5. */
    String ref(int r, int c) {
        return "'" + sheet.getSheetName().replace("'", "''") + "'!" + new CellReference(r, c, true, true).formatAsString();
    }

    /** A reference on the same sheet, relative: C5. */
    static String local(int r, int c) {
        return new CellReference(r, c, false, false).formatAsString();
    }

    /** A reference on the same sheet, absolute: $C$5. */
    static String abs(int r, int c) {
        return new CellReference(r, c, true, true).formatAsString();
    }

    /**
     * The monthly annuity that brings {@code balance} down to {@code balloon} (null: none) in {@code months} at the
     * monthly rate {@code m}: (B − L·(1+m)^−n)·m / (1 − (1+m)^−n); without interest (B − L)/n.
     */
    static String annuity(String balance, String balloon, String m, String months) {
        String withoutInterest = (balloon == null ? balance : "(" + balance + "-" + balloon + ")") + "/" + months;
        String discount = "(1+" + m + ")^(-" + months + ")";
        String left = balloon == null ? balance : "(" + balance + "-" + balloon + "*" + discount + ")";
        return "IF(" + m + "=0," + withoutInterest + "," + left + "*" + m + "/(1-" + discount + "))";
    }

    /** A range on another sheet: 'Sheet'!$C$5:$C$9. */
    String range(int r1, int c1, int r2, int c2) {
        return ref(r1, c1) + ":" + new CellReference(r2, c2, true, true).formatAsString();
    }

    /** Room for header texts that wrap to three lines (long option names). */
    void tallRow(int r) {
        cell(r, 0);
        sheet.getRow(r).setHeightInPoints(46);
    }

    /**
     * Characters a column needs so that no word of this bold, wrapping header is cut: the longest word, a fifth wider
     * for the bold face, and a margin.
     */
    static int wordChars(String header) {
        int longest = 0;
        for (String word : header.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return (int) Math.ceil(longest * 1.2) + 2;
    }

    /** At least {@code minChars} wide, and wide enough for every word of the header. */
    void fit(int col, int minChars, String header) {
        sheet.setColumnWidth(col, Math.max(minChars, wordChars(header)) * 256);
    }

    void widths(int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, chars[i] * 256);
        }
    }
}
