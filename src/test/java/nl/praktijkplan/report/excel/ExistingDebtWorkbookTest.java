package nl.praktijkplan.report.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;

import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.report.ReportSnapshot;

/** Figures of the existing loans and the lease-limited fit-out loan, derived by hand, as the workbook computes them. */
class ExistingDebtWorkbookTest {

    /**
     * The LHV sample with a linear loan of € 120,000 at 3% for 5 years that runs on and an annuity of € 240,000 that a
     * move refinances, and a rented option (the fourth column, index 3) on a lease of 6 years.
     */
    private static XSSFWorkbook workbook() {
        BusinessCase c = FormulaVariantsTest.withDebts(SampleCases.load("lhv-bouwadvies.json"),
                FormulaVariantsTest.linearRunsOnAnnuityRefinanced());
        ReportSnapshot s = new ReportSnapshot(new BusinessCaseEngine().compute(c), LocalDate.of(2026, 1, 15),
                ReportSnapshot.APP_VERSION, "test", Locale.forLanguageTag("nl-NL"));
        return new WorkbookExporter().build(s);
    }

    @Test
    void aMoveKeepsTheLinearLoanAndPaysOffTheAnnuity() throws Exception {
        try (XSSFWorkbook wb = workbook()) {
            var values = WorkbookFormulaTest.poiValues(wb);
            int operatingA = wb.getSheetIndex("Exploitatie A");
            // Linear: 120,000 / 60 months = € 2,000 principal a month. Monthly rate 3% / 12 = 0.25%.
            // Year 1: interest on the balances before months 1..12, 120,000 − 2,000 × j for j = 0..11:
            // 0.0025 × (12 × 120,000 − 2,000 × 66) = 0.0025 × 1,308,000 = € 3,270; principal 12 × 2,000 = € 24,000.
            assertEquals(3_270, (Double) values.get(operatingA, OperatingSheet.row(1), OperatingSheet.DEBT_INTEREST), 1e-6);
            assertEquals(24_000, (Double) values.get(operatingA, OperatingSheet.row(1), OperatingSheet.DEBT_PRINCIPAL), 1e-6);
            // Year 5: the balance is 120,000 − 48 × 2,000 = 24,000; 0.0025 × (12 × 24,000 − 2,000 × 66) = 0.0025 × 156,000 = € 390.
            assertEquals(390, (Double) values.get(operatingA, OperatingSheet.row(5), OperatingSheet.DEBT_INTEREST), 1e-6);
            // Year 6: the loan is repaid.
            assertEquals(0, (Double) values.get(operatingA, OperatingSheet.row(6), OperatingSheet.DEBT_INTEREST), 1e-6);
            // The move pays off the annuity's balance from the new financing: a use of € 240,000.
            int financing = wb.getSheetIndex("Financiering");
            assertEquals(240_000, (Double) values.get(financing, FinancingSheet.REFINANCED, FinancingSheet.col(1)), 1e-6);
            assertEquals(0, (Double) values.get(financing, FinancingSheet.REFINANCED, FinancingSheet.col(0)), 1e-6);
        }
    }

    @Test
    void theLeaseShortensTheFitOutLoan() throws Exception {
        try (XSSFWorkbook wb = workbook()) {
            var values = WorkbookFormulaTest.poiValues(wb);
            // min(loan term 20, fit-out term 10, lease 6) years = 6 × 12 = 72 months.
            var cell = new AreaReference(wb.getName(FinancingSheet.term(3, "termMonths")).getRefersToFormula(),
                    wb.getSpreadsheetVersion()).getFirstCell();
            assertEquals(72, (Double) values.get(wb.getSheetIndex(cell.getSheetName()), cell.getRow(), cell.getCol()), 1e-9);
        }
    }
}
