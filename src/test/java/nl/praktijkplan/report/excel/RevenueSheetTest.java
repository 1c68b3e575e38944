package nl.praktijkplan.report.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.report.ReportSnapshot;

/** The Opbrengsten sheet: its lines worked by hand for one year, and lines only for the components a case has. */
class RevenueSheetTest {

    /**
     * LHV sample, current premises, plan year 1 (2027): the average list is 4,000 (the list stays at today's 4,000 in
     * premises too small to grow), the tariff year is 2026 (the last published) and the index after it is 1.025¹.
     */
    @Test
    void lhvYearOneByHand() throws Exception {
        ReportSnapshot s = WorkbookFormulaTest.snapshot("lhv-bouwadvies.json", Locale.forLanguageTag("nl-NL"));
        BusinessCase c = s.result().input();
        try (XSSFWorkbook wb = new WorkbookExporter().build(s)) {
            Sheet sheet = wb.getSheet("Opbrengsten");
            XSSFFormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            int year1 = RevenueSheet.col(1);
            // 4 quarters × 4,000 patients × 79% under 65 × €21.59 (2026) × 1.025 = 279,720.04
            assertEquals(279_720.04, value(sheet, ev, RevenueSheet.row(c, 0, RevenueSheet.Kind.AGE_UNDER_65), year1), 0.005);
            // 4 × 4,000 × €5.41 POH-GGZ (2026) × 1.025 = 88,724.00
            assertEquals(88_724.00, value(sheet, ev, RevenueSheet.row(c, 0, RevenueSheet.Kind.POH_GGZ), year1), 0.005);
            // 4,000 × 4.0 GP consults × €13.18 (2026) × 1.025 = 216,152.00
            assertEquals(216_152.00, value(sheet, ev, RevenueSheet.row(c, 0, RevenueSheet.Kind.CONSULTS), year1), 0.005);
            // 4,000 × €60 other revenue per patient × tariff index 1.025⁰ = 240,000.00
            assertEquals(240_000.00, value(sheet, ev, RevenueSheet.row(c, 0, RevenueSheet.Kind.OTHER), year1), 0.005);
            // No tariff change in the sample: the CBb line is 0.
            assertEquals(0, value(sheet, ev, RevenueSheet.row(c, 0, RevenueSheet.Kind.RECALCULATION), year1), 0);
        }
    }

    /** The first formula variant has MTVP but not POH-GGZ and one segment-3 arrangement: the lines follow. */
    @Test
    void linesOnlyForTheComponentsTheCaseHas() throws Exception {
        BusinessCase c = (BusinessCase) FormulaVariantsTest.variants().findFirst().orElseThrow().get()[1];
        assertFalse(c.income().pohGgz());
        ReportSnapshot s = new ReportSnapshot(new BusinessCaseEngine().compute(c), LocalDate.of(2026, 1, 15),
                ReportSnapshot.APP_VERSION, "test", Locale.ENGLISH);
        try (XSSFWorkbook wb = new WorkbookExporter().build(s)) {
            List<String> labels = new ArrayList<>();
            for (Row row : wb.getSheet("Revenue")) {
                if (row.getCell(0) != null) {
                    labels.add(row.getCell(0).getStringCellValue());
                }
            }
            assertFalse(labels.contains("POH-GGZ module"), labels.toString());
            // One MTVP line and one segment-3 line per option block: the current premises and the three options.
            int blocks = c.options().size() + 1;
            assertEquals(blocks, labels.stream().filter("MTVP module"::equals).count(), labels.toString());
            assertEquals(blocks, labels.stream().filter("Segment 3: Startsubsidie"::equals).count(), labels.toString());
            assertTrue(labels.contains("CBb recalculation of the housing component (with back-payment)"));
        }
    }

    private static double value(Sheet sheet, XSSFFormulaEvaluator ev, int row, int col) {
        return ev.evaluate(sheet.getRow(row).getCell(col)).getNumberValue();
    }
}
