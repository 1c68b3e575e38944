package nl.praktijkplan.report.excel;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.analysis.StressFigures;
import nl.praktijkplan.domain.analysis.StressTest;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.report.ReportSnapshot;

/**
 * The stress switch on Invoer reproduces every row of the engine's stress test live: with the switch and the shock set
 * as the Gevoeligheid sheet says beside a row, the workbook's own lowest DSCR in and after the fixed-rate period, loan,
 * gap and verdict (the live row under each option's stress table) equal the engine's StressTest row.
 */
class StressSwitchWorkbookTest {

    static final String[] SHOCKS = {InputSheet.S_RATE, InputSheet.S_COST, InputSheet.S_GROWTH, InputSheet.S_RENT,
            InputSheet.S_MARKET_RENT, InputSheet.S_REFINANCE, InputSheet.S_RENT_LEVEL, InputSheet.S_RENT_INDEX, InputSheet.S_YIELD,
            InputSheet.S_TARIFF, InputSheet.S_DISCOUNT};

    /** LHV: owned options with BMKB; the duo practice: rent options with a tenant's fit-out and the current rent. */
    @Test
    void everyStressRowOfTheLhvSampleIsReproducedLive() throws Exception {
        checkSample("lhv-bouwadvies.json");
    }

    @Test
    void everyStressRowOfTheDuoRentSampleIsReproducedLive() throws Exception {
        checkSample("duo-huurpraktijk.json");
    }

    /** A new build with a BMKB guarantee: the held plan keeps the guaranteed part and its fee. */
    @Test
    void everyStressRowOfTheZijperBmkbSampleIsReproducedLive() throws Exception {
        checkSample("zijper-polder.json");
    }

    /**
     * Loan parts on every option beside existing loans, one running on and one refinanced at the move: the held plan keeps
     * every part as drawn in the base case (LoanParts.agreed), whatever the shocked case would draw.
     */
    @Test
    void everyStressRowWithLoanPartsAndExistingLoansIsReproducedLive() throws Exception {
        var c = FormulaVariantsTest.withParts(FormulaVariantsTest.withDebts(SampleCases.load("lhv-bouwadvies.json"),
                FormulaVariantsTest.annuityRunsOnLinearRefinanced()));
        check(new ReportSnapshot(new BusinessCaseEngine().compute(c), java.time.LocalDate.of(2026, 1, 15), ReportSnapshot.APP_VERSION,
                "test", Locale.forLanguageTag("nl-NL")), "LHV with loan parts and existing loans");
    }

    /**
     * A part larger than what the rental needs is drawn only as far as needed (LoanParts.draw): with the plan held, a
     * costlier fit-out leaves the part at its base draw and shows a gap, where the bank would draw more of the part.
     */
    @Test
    void aPartDrawnOnlyInPartKeepsItsBaseDraw() throws Exception {
        var duo = SampleCases.load("duo-huurpraktijk.json");
        List<nl.praktijkplan.domain.input.HousingOption> options = new ArrayList<>();
        for (var o : duo.options()) {
            options.add(o.withLoanParts(List.of(new nl.praktijkplan.domain.input.LoanPart(nl.praktijkplan.domain.input.LoanPurpose.FIT_OUT,
                    1_000_000, 5, 10, 0, nl.praktijkplan.domain.input.RepaymentType.LINEAR, 0))));
        }
        var c = new nl.praktijkplan.domain.input.BusinessCase(duo.caseName(), duo.practice(), duo.staffing(), duo.currentPremises(),
                duo.growth(), duo.income(), duo.costs(), duo.privateFinances(), duo.financing(), options, duo.preferredOption(),
                duo.region(), duo.assumptionOverrides(), duo.notes());
        check(new ReportSnapshot(new BusinessCaseEngine().compute(c), java.time.LocalDate.of(2026, 1, 15), ReportSnapshot.APP_VERSION,
                "test", Locale.forLanguageTag("nl-NL")), "duo with a part larger than the need");
    }

    private static void checkSample(String sample) throws Exception {
        check(WorkbookFormulaTest.snapshot(sample, Locale.forLanguageTag("nl-NL")), sample);
    }

    private static void check(ReportSnapshot s, String sample) throws Exception {
        List<List<StressTest.Row>> engine = engineRows(s);
        List<Executable> checks = new ArrayList<>();
        try (XSSFWorkbook wb = new WorkbookExporter().build(s)) {
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            List<Integer> liveRows = liveRows(wb);
            assertEquals(engine.size(), liveRows.size(), "one live row per option");
            for (int k = 0; k < engine.get(0).size(); k++) {
                String key = engine.get(0).get(k).key();
                set(wb, s, key);
                evaluator.clearAllCachedResultValues();
                for (int i = 0; i < engine.size(); i++) {
                    StressTest.Row expected = engine.get(i).get(k);
                    assertEquals(key, expected.key());
                    Object[] live = read(wb, evaluator, liveRows.get(i));
                    String what = sample + ", option " + (i + 1) + ", " + key;
                    checks.add(() -> compare(expected.figures(), live, what));
                }
            }
        }
        assertAll(checks);
    }

    /** The engine's stress rows of every option, as the Gevoeligheid sheet writes them. */
    static List<List<StressTest.Row>> engineRows(ReportSnapshot s) {
        StressTest stress = new StressTest(new BusinessCaseEngine(s.result().assumptions().catalogue()));
        List<List<StressTest.Row>> rows = new ArrayList<>();
        for (int i = 0; i < s.result().options().size(); i++) {
            rows.add(stress.run(s.result(), i));
        }
        return rows;
    }

    /** Every shock to 0, then the switch and the shock of stress row {@code key}, as the sheet tells the reader. */
    static void set(XSSFWorkbook wb, ReportSnapshot s, String key) {
        for (String shock : SHOCKS) {
            cell(wb, shock).setCellValue(0);
        }
        cell(wb, InputSheet.S_HOLD).setCellValue(StressSwitch.holdsPlan(key) ? "ja" : "nee");
        for (StressSwitch.Setting x : StressSwitch.settings(key, s.result())) {
            cell(wb, x.name()).setCellValue(x.value());
        }
    }

    /** Rows of the Gevoeligheid sheet that hold a live row, in option order. */
    static List<Integer> liveRows(XSSFWorkbook wb) {
        XSSFSheet sheet = wb.getSheet("Gevoeligheid");
        List<Integer> rows = new ArrayList<>();
        for (var row : sheet) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("Nu in de werkmap")) {
                rows.add(row.getRowNum());
            }
        }
        return rows;
    }

    /** Loan, lowest DSCR fixed, lowest DSCR after, gap, verdict, cash shortfall of a live row (null for "–"). */
    private static Object[] read(XSSFWorkbook wb, XSSFFormulaEvaluator evaluator, int r) {
        return read(r, (row, col) -> {
            var v = evaluator.evaluate(wb.getSheet("Gevoeligheid").getRow(row).getCell(col));
            return v.getCellType() == CellType.NUMERIC ? (Object) v.getNumberValue() : v.getStringValue();
        });
    }

    static Object[] read(int r, BiFunction<Integer, Integer, Object> value) {
        int[] cols = {SensitivitySheet.LOAN, SensitivitySheet.DSCR_FIXED, SensitivitySheet.DSCR_AFTER, SensitivitySheet.GAP,
                SensitivitySheet.VERDICT, SensitivitySheet.CASH_SHORTFALL};
        Object[] out = new Object[cols.length];
        for (int k = 0; k < cols.length; k++) {
            Object v = value.apply(r, cols[k]);
            out[k] = "–".equals(v) ? null : v;
        }
        return out;
    }

    static void compare(StressFigures f, Object[] live, String what) {
        assertEquals(f.loan(), (Double) live[0], 0.01, what + ": loan");
        assertDscr(f.dscrMinFixedPeriod(), live[1], what + ": lowest DSCR in the fixed-rate period");
        assertDscr(f.dscrMinAfterFixed(), live[2], what + ": lowest DSCR after the fixed-rate period");
        assertEquals(f.gap(), (Double) live[3], 0.01, what + ": gap");
        assertEquals(f.verdict().status().label(true), live[4], what + ": verdict");
        assertEquals(f.cashShortfall(), (Double) live[5], 0.01, what + ": cash shortfall");
    }

    private static void assertDscr(Double expected, Object actual, String what) {
        if (expected == null) {
            assertEquals(null, actual, what);
        } else {
            assertTrue(actual instanceof Double, what + ": " + actual);
            assertEquals(expected, (Double) actual, 1e-9, what);
        }
    }

    static Cell cell(XSSFWorkbook wb, String name) {
        CellReference ref = new AreaReference(wb.getName(name).getRefersToFormula(), wb.getSpreadsheetVersion()).getFirstCell();
        var row = wb.getSheet(ref.getSheetName()).getRow(ref.getRow());
        return row.getCell(ref.getCol());
    }

    /** LibreOffice, an independent engine, recalculates two stress rows set by the switch to the engine's figures. */
    @Test
    void libreOfficeReproducesTheCostAndRefinancingRows(@TempDir Path work) throws Exception {
        Path soffice = LibreOfficeRecalcTest.requireSoffice();
        ReportSnapshot s = WorkbookFormulaTest.snapshot("lhv-bouwadvies.json", Locale.forLanguageTag("nl-NL"));
        List<List<StressTest.Row>> engine = engineRows(s);
        String[] keys = {"cost", "refinance"};
        List<Path> files = new ArrayList<>();
        for (String key : keys) {
            Path file = work.resolve(key + ".xlsx");
            try (XSSFWorkbook wb = new WorkbookExporter().build(s); var out = Files.newOutputStream(file)) {
                set(wb, s, key);
                wb.write(out);
            }
            files.add(file);
        }
        List<Path> recalculated = LibreOfficeRecalcTest.recalculate(soffice, files, work);
        List<Executable> checks = new ArrayList<>();
        for (int n = 0; n < keys.length; n++) {
            String key = keys[n];
            try (InputStream in = Files.newInputStream(recalculated.get(n)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                var values = LibreOfficeRecalcTest.cachedValues(wb);
                int sheet = wb.getSheetIndex("Gevoeligheid");
                List<Integer> liveRows = liveRows(wb);
                for (int i = 0; i < engine.size(); i++) {
                    StressTest.Row expected = engine.get(i).stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
                    Object[] live = read(liveRows.get(i), (row, col) -> values.get(sheet, row, col));
                    String what = "LibreOffice, option " + (i + 1) + ", " + key;
                    checks.add(() -> compare(expected.figures(), live, what));
                }
            }
        }
        assertAll(checks);
    }
}
