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

/** The workbook's sensitivity sheet: the engine's stress and tornado values, labelled as such beside the live recomputation. */
class SensitivitySheetTest {

    @Test
    void sheetHoldsTornadoValues() throws Exception {
        ReportSnapshot s = ReportSnapshot.of(SampleCases.load(SampleCases.FIRST), Locale.forLanguageTag("nl-NL"), "test");
        try (XSSFWorkbook wb = new WorkbookExporter().build(s)) {
            XSSFSheet sheet = wb.getSheet("Gevoeligheid");
            assertNotNull(sheet);
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().startsWith("De tabellen zijn uitkomsten van het rekenmodel (waarden)"));
            // First block: option A's stress test, header row 3, column heads row 4, the base row 5 with numbers, no
            // formulas; every scenario row (5–11) lends the base loan (70% of A's value; see StressTestTest).
            assertEquals(CellType.NUMERIC, sheet.getRow(5).getCell(2).getCellType());
            double loan = s.result().options().get(0).financing().loan();
            for (int r = 5; r <= 11; r++) {
                assertEquals(loan, sheet.getRow(r).getCell(1).getNumericCellValue(), 1e-6, "row " + r);
            }
            assertEquals("+2 procentpunt bij herfinanciering", sheet.getRow(11).getCell(0).getStringCellValue());
            assertEquals("Samenvatting", wb.getSheetName(0));
        }
    }
}
