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

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import nl.praktijkplan.domain.analysis.AnalysisOutput;
import nl.praktijkplan.domain.analysis.Driver;
import nl.praktijkplan.domain.analysis.SensitivityAnalysis;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.report.ReportSnapshot;

/**
 * The stress switch on Invoer reproduces every tornado bar live: with the plan held and one driver's shock set as the
 * Gevoeligheid sheet says beside the bar (low or high), the workbook's own output in the tornado's header row ("Nu in de
 * werkmap") equals the engine's tornado output of that end of the bar, for every driver and each of the three outputs.
 */
class TornadoSwitchWorkbookTest {

    private static final AnalysisOutput[] OUTPUTS = {AnalysisOutput.DSCR_FIXED_PERIOD, AnalysisOutput.FINANCING_GAP,
            AnalysisOutput.NPV_BUY_MINUS_RENT};

    /** LHV: two owned options (a new build, an existing building), both valued with BAR. */
    @Test
    void everyTornadoBarOfTheLhvSampleIsReproducedLive() throws Exception {
        // 8 drivers × low and high × 2 options × 3 outputs: every bar end of both options' three tornadoes.
        assertEquals(8 * 2 * 2 * 3, check("lhv-bouwadvies.json"));
    }

    /**
     * The duo practice: rent options, where the rent level is the contract rent (the current premises keep theirs) and the
     * build cost the tenant's fit-out; NPV buy − rent does not apply to a rent option, so each has two tornadoes.
     */
    @Test
    void everyTornadoBarOfTheDuoRentSampleIsReproducedLive() throws Exception {
        int options = WorkbookFormulaTest.snapshot("duo-huurpraktijk.json", Locale.forLanguageTag("nl-NL")).result().options().size();
        assertEquals(8 * 2 * options * 2, check("duo-huurpraktijk.json"));
    }

    /**
     * LibreOffice, an independent engine, recalculates two bar ends of the new shocks set by the switch to the engine's
     * tornado outputs: the initial yield +0,5 pp (market value, so LTV and the rent reference) and the rent indexation −1 pp.
     */
    @Test
    void libreOfficeReproducesTheYieldAndRentIndexationBars(@TempDir Path work) throws Exception {
        Path soffice = LibreOfficeRecalcTest.requireSoffice();
        ReportSnapshot s = WorkbookFormulaTest.snapshot("lhv-bouwadvies.json", Locale.forLanguageTag("nl-NL"));
        BusinessCase c = s.result().input();
        SensitivityAnalysis analysis = new SensitivityAnalysis(new BusinessCaseEngine(s.result().assumptions().catalogue()));
        Driver[] drivers = {Driver.BAR_YIELD, Driver.RENT_INDEXATION};
        double[] shifts = {Driver.BAR_YIELD.defaultHighShift(), Driver.RENT_INDEXATION.defaultLowShift()};
        List<Path> files = new ArrayList<>();
        for (int n = 0; n < drivers.length; n++) {
            Path file = work.resolve(drivers[n] + ".xlsx");
            try (XSSFWorkbook wb = new WorkbookExporter().build(s); var out = Files.newOutputStream(file)) {
                set(wb, drivers[n], shifts[n]);
                wb.write(out);
            }
            files.add(file);
        }
        List<Path> recalculated = LibreOfficeRecalcTest.recalculate(soffice, files, work);
        List<Executable> checks = new ArrayList<>();
        for (int n = 0; n < drivers.length; n++) {
            Driver d = drivers[n];
            boolean high = shifts[n] == d.defaultHighShift();
            try (InputStream in = Files.newInputStream(recalculated.get(n)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                var values = LibreOfficeRecalcTest.cachedValues(wb);
                int sheet = wb.getSheetIndex("Gevoeligheid");
                for (int i = 0; i < c.options().size(); i++) {
                    for (AnalysisOutput out : OUTPUTS) {
                        SensitivityAnalysis.Bar bar = analysis.tornado(c, i, out, SensitivityAnalysis.Swing.defaults()).bars().stream()
                                .filter(b -> b.driver() == d).findFirst().orElseThrow();
                        double expected = high ? bar.highOutput() : bar.lowOutput();
                        Object live = values.get(sheet, headerRow(wb, c.options().get(i).name() + " – " + out.labelNl()),
                                SensitivitySheet.TORNADO_LIVE);
                        String what = "LibreOffice, option " + (i + 1) + ", " + out + ", " + d;
                        checks.add(() -> {
                            assertTrue(live instanceof Double, what + ": " + live);
                            assertEquals(expected, (Double) live, out.ratio() ? 1e-9 : 0.01, what);
                        });
                    }
                }
            }
        }
        assertAll(checks);
    }

    private static int headerRow(XSSFWorkbook wb, String header) {
        for (var row : wb.getSheet("Gevoeligheid")) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(header)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("No tornado " + header);
    }

    /** Compares every bar end of every tornado the sheet shows for {@code sample}; returns how many were compared. */
    private static int check(String sample) throws Exception {
        ReportSnapshot s = WorkbookFormulaTest.snapshot(sample, Locale.forLanguageTag("nl-NL"));
        BusinessCase c = s.result().input();
        SensitivityAnalysis analysis = new SensitivityAnalysis(new BusinessCaseEngine(s.result().assumptions().catalogue()));
        List<Executable> checks = new ArrayList<>();
        int compared = 0;
        try (XSSFWorkbook wb = new WorkbookExporter().build(s)) {
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (Driver d : Driver.values()) {
                for (boolean high : new boolean[] {false, true}) {
                    double shift = high ? d.defaultHighShift() : d.defaultLowShift();
                    set(wb, d, shift);
                    evaluator.clearAllCachedResultValues();
                    for (int i = 0; i < c.options().size(); i++) {
                        for (AnalysisOutput out : OUTPUTS) {
                            SensitivityAnalysis.Tornado t;
                            try {
                                t = analysis.tornado(c, i, out, SensitivityAnalysis.Swing.defaults());
                            } catch (IllegalArgumentException notApplicable) {
                                continue; // the sheet shows no tornado for it either
                            }
                            SensitivityAnalysis.Bar bar = t.bars().stream().filter(b -> b.driver() == d).findFirst().orElseThrow();
                            double expected = high ? bar.highOutput() : bar.lowOutput();
                            String header = c.options().get(i).name() + " – " + out.labelNl();
                            Object live = live(wb, evaluator, header);
                            String what = sample + ", option " + (i + 1) + ", " + out + ", " + d + (high ? " high" : " low");
                            checks.add(() -> {
                                assertTrue(live instanceof Double, what + ": " + live);
                                assertEquals(expected, (Double) live, out.ratio() ? 1e-9 : 0.01, what);
                            });
                            compared++;
                        }
                    }
                }
            }
        }
        assertAll(checks);
        return compared;
    }

    /** The sheet states beside each bar the very settings this test uses: the plan held and the driver's shock. */
    @Test
    void theSheetStatesTheSettingsOfEveryBarEnd() throws Exception {
        ReportSnapshot s = WorkbookFormulaTest.snapshot("lhv-bouwadvies.json", Locale.forLanguageTag("nl-NL"));
        try (XSSFWorkbook wb = new WorkbookExporter().build(s)) {
            XSSFSheet sheet = wb.getSheet("Gevoeligheid");
            int bars = 0;
            for (var row : sheet) {
                Cell low = row.getCell(SensitivitySheet.SETTINGS_LOW);
                Cell label = row.getCell(0);
                if (low == null || label == null || low.getCellType() != CellType.STRING || !low.getStringCellValue().startsWith("plan")) {
                    continue;
                }
                if (row.getCell(SensitivitySheet.SETTINGS_HIGH) == null) {
                    continue; // a stress row: one setting in the same column
                }
                Driver d = driver(label.getStringCellValue());
                // LOAN_RATE low: −1 pp, held: "plan vasthouden = ja; rente rentevaste periode = -1,00%".
                assertEquals(StressSwitch.describe(d, d.defaultLowShift(), new Lang(true)), low.getStringCellValue());
                assertEquals(StressSwitch.describe(d, d.defaultHighShift(), new Lang(true)),
                        row.getCell(SensitivitySheet.SETTINGS_HIGH).getStringCellValue());
                bars++;
            }
            assertEquals(8 * 2 * 3, bars, "every bar of both options' three tornadoes");
        }
    }

    private static Driver driver(String label) {
        for (Driver d : Driver.values()) {
            if (label.startsWith(d.labelNl() + " (")) {
                return d;
            }
        }
        throw new AssertionError("No driver for " + label);
    }

    /** Every shock to 0, the plan held, then the driver's shock as the sheet states it. */
    private static void set(XSSFWorkbook wb, Driver d, double shift) {
        for (String shock : StressSwitchWorkbookTest.SHOCKS) {
            StressSwitchWorkbookTest.cell(wb, shock).setCellValue(0);
        }
        StressSwitchWorkbookTest.cell(wb, InputSheet.S_HOLD).setCellValue("ja");
        for (StressSwitch.Setting x : StressSwitch.settings(d, shift)) {
            StressSwitchWorkbookTest.cell(wb, x.name()).setCellValue(x.value());
        }
    }

    /** The live output in the header row of the tornado titled {@code header}. */
    private static Object live(XSSFWorkbook wb, XSSFFormulaEvaluator evaluator, String header) {
        XSSFSheet sheet = wb.getSheet("Gevoeligheid");
        for (var row : sheet) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(header)) {
                var v = evaluator.evaluate(row.getCell(SensitivitySheet.TORNADO_LIVE));
                return v.getCellType() == CellType.NUMERIC ? (Object) v.getNumberValue() : v.getStringValue();
            }
        }
        throw new AssertionError("No tornado " + header);
    }
}
