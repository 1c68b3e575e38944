package nl.praktijkplan.report.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.assumption.AssumptionKeys;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.calc.BusinessCaseResult;
import nl.praktijkplan.domain.calc.OptionResult;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.report.ReportSnapshot;

/**
 * The workbook is a model, not a print-out: changing the interest rate on the Invoer sheet and recalculating
 * gives what the engine computes for the case with that rate (assumption override loan.ratePct).
 */
class InterestRateChangeTest {

    private static final double NEW_RATE_PCT = 4.5;

    /** The case with the loan rate overridden, as a user would change it in Praktijkplan. */
    static BusinessCase withRate(BusinessCase base, double ratePct) {
        Map<String, Double> overrides = new HashMap<>(base.assumptionOverrides());
        overrides.put(AssumptionKeys.LOAN_RATE, ratePct);
        return new BusinessCase(base.caseName(), base.practice(), base.staffing(), base.currentPremises(),
                base.growth(), base.income(), base.costs(), base.privateFinances(), base.financing(), base.options(),
                base.preferredOption(), base.region(), overrides, base.notes());
    }

    /** Types the rate into its input cell on the Invoer sheet (a percentage cell holds the fraction). */
    static void setRate(XSSFWorkbook wb, double ratePct) {
        CellReference rate = new AreaReference(wb.getName(InputSheet.a(AssumptionKeys.LOAN_RATE)).getRefersToFormula(),
                wb.getSpreadsheetVersion()).getFirstCell();
        var cell = wb.getSheet(rate.getSheetName()).getRow(rate.getRow()).getCell(rate.getCol());
        assertEquals(0.05, cell.getNumericCellValue(), 1e-15, "the sample's rate is the catalogue's 5%");
        cell.setCellValue(ratePct / 100);
    }

    @Test
    void changingTheRateInTheWorkbookRecalculatesLikeTheEngine() throws Exception {
        BusinessCase base = SampleCases.load("lhv-bouwadvies.json");
        BusinessCaseResult before = new BusinessCaseEngine().compute(base);
        BusinessCaseResult after = new BusinessCaseEngine().compute(withRate(base, NEW_RATE_PCT));

        ReportSnapshot s = new ReportSnapshot(before, LocalDate.of(2026, 1, 15), ReportSnapshot.APP_VERSION, "test", Locale.ENGLISH);
        try (XSSFWorkbook wb = new WorkbookExporter().build(s)) {
            setRate(wb, NEW_RATE_PCT);

            EngineChecks.Values values = WorkbookFormulaTest.poiValues(wb);
            int financing = wb.getSheetIndex(s.dutch() ? "Financiering" : "Financing");
            int rentVsBuy = wb.getSheetIndex(s.dutch() ? "Huur vs koop" : "Rent vs buy");
            assertTrue(financing > 0 && rentVsBuy > 0);
            for (int i = 1; i <= after.options().size(); i++) {
                OptionResult expected = after.options().get(i - 1);
                OptionResult old = before.options().get(i - 1);
                double maxByCashFlow = (Double) values.get(financing, FinancingSheet.MAX_BY_CASH_FLOW, FinancingSheet.col(i));
                double dscr1 = (Double) values.get(financing, FinancingSheet.DSCR1, FinancingSheet.col(i));
                double npv = (Double) values.get(rentVsBuy, RentVsBuySheet.NPV, RentVsBuySheet.col(i));
                assertNotEquals(old.financing().maxByCashFlow(), expected.financing().maxByCashFlow(), "the rate must matter");
                assertTrue(EngineChecks.close(expected.financing().maxByCashFlow(), maxByCashFlow),
                        "max loan by cash flow, option " + i + ": engine " + expected.financing().maxByCashFlow() + ", workbook " + maxByCashFlow);
                assertTrue(EngineChecks.close(expected.dscrYear1(), dscr1),
                        "DSCR year 1, option " + i + ": engine " + expected.dscrYear1() + ", workbook " + dscr1);
                assertTrue(EngineChecks.close(expected.rentVsBuy().npvCost(), npv),
                        "NPV, option " + i + ": engine " + expected.rentVsBuy().npvCost() + ", workbook " + npv);
            }
            // And every other result follows too.
            new EngineChecks(after).verify(values, "after changing the rate to " + NEW_RATE_PCT + "%");
        }
    }
}
