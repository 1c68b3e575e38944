package nl.praktijkplan.report.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few cell styles of the workbook, created once: number formats users expect, inputs shaded. */
final class Styles {

    final CellStyle title;
    final CellStyle header;
    final CellStyle text;
    /** Text beside a column of numbers: indented, so that it does not run into the number before it. */
    final CellStyle indented;
    final CellStyle euro;
    final CellStyle percent;
    final CellStyle number;
    final CellStyle decimal;
    /** A subtotal or total line: euros in bold. */
    final CellStyle euroTotal;
    /** Euros and cents: an amount that converges on zero, a tariff per patient. */
    final CellStyle cents;
    /** Three decimals: a change of a ratio. */
    final CellStyle fine3;
    final CellStyle fine;
    /** Index and discount factors: 1,03. */
    final CellStyle index;
    final CellStyle date;
    final CellStyle whole;
    final CellStyle year;
    final CellStyle inputEuro;
    final CellStyle inputPercent;
    final CellStyle inputNumber;
    final CellStyle inputYear;
    /**
     * An onrendabele top: a negative top is no top (the value lies above the investment), so it reads "geen" where a
     * negative amount would read as a red top; the cell keeps the number.
     */
    final CellStyle top;
    /** A sentence that wraps within its column. */
    final CellStyle note;
    /** A word to pick from a list (annuïtair or lineair, ja or nee). */
    final CellStyle inputText;

    Styles(XSSFWorkbook wb, Lang lang) {
        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        XSSFFont big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        var df = wb.createDataFormat();

        title = wb.createCellStyle();
        title.setFont(big);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setBorderBottom(BorderStyle.THIN);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = wb.createCellStyle();
        indented = wb.createCellStyle();
        indented.setIndention((short) 2);

        // Third section: zero reads "€ 0". A negative amount that rounds to 0 would still read "-€ 0": the few
        // cells that converge on 0 (the schedule's last balance, the loan search's headroom) round away the noise.
        euro = format(wb, df.getFormat("€ #,##0;[Red]-€ #,##0;€ 0"));
        euroTotal = format(wb, df.getFormat("€ #,##0;[Red]-€ #,##0;€ 0"));
        top = format(wb, df.getFormat("€ #,##0;\"" + lang.t("geen", "none") + "\";€ 0"));
        note = wb.createCellStyle();
        note.setWrapText(true);
        note.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        euroTotal.setFont(bold);
        cents = format(wb, df.getFormat("€ #,##0.00;[Red]-€ #,##0.00;€ 0.00"));
        percent = format(wb, df.getFormat("0.00%"));
        number = format(wb, df.getFormat("#,##0;-#,##0;0"));
        decimal = format(wb, df.getFormat("#,##0.00"));
        fine3 = format(wb, df.getFormat("#,##0.000"));
        fine = format(wb, df.getFormat("0.00000000"));
        index = format(wb, df.getFormat("0.00"));
        date = format(wb, df.getFormat("d-m-yyyy"));
        whole = format(wb, df.getFormat("0"));
        year = format(wb, df.getFormat("0"));
        // A year cell may hold "nooit": it stands where the years stand, on the right.
        year.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
        inputEuro = input(wb, euro);
        inputPercent = input(wb, percent);
        inputNumber = input(wb, format(wb, df.getFormat("#,##0.####")));
        inputYear = input(wb, year);
        inputText = input(wb, text);
    }

    private static CellStyle format(XSSFWorkbook wb, short fmt) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setDataFormat(fmt);
        return s;
    }

    /** Inputs are shaded light yellow, the spreadsheet convention for "you may change this". */
    private static CellStyle input(XSSFWorkbook wb, CellStyle base) {
        XSSFCellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(base);
        s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return s;
    }
}
