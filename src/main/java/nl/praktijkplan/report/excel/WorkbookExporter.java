package nl.praktijkplan.report.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.praktijkplan.io.AtomicFiles;
import nl.praktijkplan.io.FileSink;
import nl.praktijkplan.io.FileWriteException;
import nl.praktijkplan.report.ReportSnapshot;

/**
 * Exports a business case as an .xlsx workbook in which every result is a formula over the visible inputs on
 * the Invoer sheet, so that changing an input in Excel or LibreOffice recalculates the plan as Praktijkplan does.
 * The workbook is rendered from the snapshot's result (its inputs and assumptions) and computes nothing in Java.
 */
public final class WorkbookExporter {

    private final FileSink sink;

    public WorkbookExporter() {
        this(AtomicFiles::write);
    }

    /** @param sink where the file goes: {@link AtomicFiles#write} (tests pass one that simulates a full disk) */
    public WorkbookExporter(FileSink sink) {
        this.sink = sink;
    }

    /**
     * Writes the workbook atomically: on any failure the existing target is left untouched. The workbook is
     * serialised in memory first (it is small), so a failing disk is a sentence from {@link AtomicFiles}, not an
     * exception from inside POI.
     *
     * @throws FileWriteException with a sentence in the snapshot's language when the target cannot be written
     */
    public void export(ReportSnapshot snapshot, Path target) throws IOException {
        try {
            AtomicFiles.checkWritable(target); // before the work of building the workbook
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
            try (XSSFWorkbook wb = build(snapshot)) {
                wb.write(bytes);
            }
            sink.write(target, out -> bytes.writeTo(out));
        } catch (FileWriteException e) {
            throw e.in(snapshot.dutch());
        }
    }

    /**
     * Builds the workbook without cached results; Excel and LibreOffice are told to recalculate on opening.
     * The caller closes it.
     */
    public XSSFWorkbook build(ReportSnapshot snapshot) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Book b = new Book(wb, snapshot.result(), snapshot.dutch());
        // Names first: POI resolves every name while it parses a formula.
        new InputSheet(b.inputs, wb, b.lang).write(b.result.input(), b.result.assumptions(), b.result.options());
        new FinancingSheet(b).loanTerms();
        ProjectionSheet projection = new ProjectionSheet(b);
        projection.write();
        if (b.capacity != null) {
            new CapacitySheet(b, projection).write();
        }
        new InvestmentSheet(b).write();
        new FinancingSheet(b).write();
        new ScheduleSheet(b).write();
        new DebtSheet(b).write();
        if (b.parts != null) {
            new PartsSheet(b).write();
        }
        new LoanCapacitySheet(b).write();
        new LiquiditySheet(b).write();
        for (int i = 0; i < b.optionCount(); i++) {
            new OperatingSheet(b, i).write();
        }
        new RevenueSheet(b).write();
        new RentVsBuySheet(b).write();
        new SummarySheet(b).write(snapshot);
        // Engine outputs (values, not formulas), after the formula sheets.
        SensitivitySheet sensitivity = new SensitivitySheet(b);
        sensitivity.write();
        for (Grid g : b.grids()) {
            printSetup(wb, g.sheet, g.pagesWide);
        }
        printSetup(wb, sensitivity.grid().sheet, sensitivity.grid().pagesWide);
        wb.setForceFormulaRecalculation(true);
        return wb;
    }

    /** A4 landscape, fit to the page width, the used range as print area. */
    private static void printSetup(XSSFWorkbook wb, XSSFSheet sheet, short pagesWide) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth(pagesWide);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.TOP, 0.5);
        int lastCol = 0;
        int lastRow = sheet.getLastRowNum();
        for (var row : sheet) {
            lastCol = Math.max(lastCol, row.getLastCellNum() - 1);
        }
        // Charts lie beside the tables: the print area includes them.
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        if (drawing != null) {
            for (XSSFShape shape : drawing.getShapes()) {
                if (shape.getAnchor() instanceof XSSFClientAnchor anchor) {
                    lastCol = Math.max(lastCol, anchor.getCol2());
                    lastRow = Math.max(lastRow, anchor.getRow2());
                }
            }
        }
        if (lastRow >= 0) {
            wb.setPrintArea(wb.getSheetIndex(sheet), 0, lastCol, 0, lastRow);
        }
    }
}
