package nl.praktijkplan.report.excel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.report.ReportSnapshot;

/** Every sample exported and evaluated by POI's formula engine gives the engine's numbers. */
class WorkbookFormulaTest {

    static java.util.List<String> samples() {
        return SampleCases.names();
    }

    static ReportSnapshot snapshot(String sample, Locale locale) {
        return new ReportSnapshot(new BusinessCaseEngine().compute(SampleCases.load(sample)), LocalDate.of(2026, 1, 15),
                ReportSnapshot.APP_VERSION, "test", locale);
    }

    /** Evaluates a cell with POI: Double, String, Boolean, or null when blank. */
    static EngineChecks.Values poiValues(XSSFWorkbook wb) {
        XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        return (sheet, r, c) -> {
            Row row = wb.getSheetAt(sheet).getRow(r);
            Cell cell = row == null ? null : row.getCell(c);
            if (cell == null) {
                return null;
            }
            CellValue v = evaluator.evaluate(cell);
            if (v == null) {
                return null;
            }
            return switch (v.getCellType()) {
                case NUMERIC -> v.getNumberValue();
                case STRING -> v.getStringValue();
                case BOOLEAN -> v.getBooleanValue();
                case ERROR -> "#ERROR " + v.formatAsString();
                default -> null;
            };
        };
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyResultCellEqualsTheEngine(String sample) throws Exception {
        ReportSnapshot s = snapshot(sample, Locale.forLanguageTag("nl-NL"));
        try (XSSFWorkbook wb = new WorkbookExporter().build(s)) {
            EngineChecks checks = new EngineChecks(s.result());
            assertTrue(checks.size() > 100, "too few checks: " + checks.size());
            checks.verify(poiValues(wb), sample);
        }
    }
}
