package nl.praktijkplan.report.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.report.ReportSnapshot;

/** The workbook's sensitivity sheet: tornado values, labelled as engine outputs rather than formulas. */
class SensitivitySheetTest {

    @Test
    void sheetHoldsTornadoValues() throws Exception {
        ReportSnapshot s = ReportSnapshot.of(SampleCases.load(SampleCases.FIRST), Locale.forLanguageTag("nl-NL"), "test");
        try (XSSFWorkbook wb = new WorkbookExporter().build(s)) {
            XSSFSheet sheet = wb.getSheet("Gevoeligheid");
            assertNotNull(sheet);
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().startsWith("Waarden, geen formules"));
            // First block: option header row 3, column heads row 4, first bar row 5 with numbers, no formulas.
            assertEquals(CellType.NUMERIC, sheet.getRow(5).getCell(3).getCellType());
            assertEquals("Samenvatting", wb.getSheetName(0));
        }
    }
}
