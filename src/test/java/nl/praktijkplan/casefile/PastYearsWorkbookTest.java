package nl.praktijkplan.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.praktijkplan.domain.input.BusinessCase;

/** The annual-accounts template: written, filled in, read back into the case; a wrong file is refused with a sentence. */
class PastYearsWorkbookTest {

    @TempDir
    Path dir;

    private final PastYearsWorkbook workbook = new PastYearsWorkbook();

    @Test
    void theTemplateRoundTripsTheLhvSamplesAccounts() throws IOException {
        BusinessCase c = SampleCases.load(SampleCases.FIRST);
        Path file = dir.resolve("jaarcijfers.xlsx");
        workbook.writeTemplate(c, true, file);
        PastYearsWorkbook.Imported back = workbook.read(file);
        assertTrue(back.ok(), back.problems().toString());
        ObjectNode tree = new CaseFileWriter().toTree(c);
        tree.set("pastYears", back.pastYears());
        ReadResult r = new CaseFileReader().read(tree);
        assertEquals(c.pastYears(), r.businessCase().pastYears());
    }

    @Test
    void aFilledInEmptyTemplateBecomesTheCasesPastYears() throws IOException {
        BusinessCase c = SampleCases.load("duo-huurpraktijk.json"); // no accounts yet: columns start−3 … start−1
        Path file = dir.resolve("leeg.xlsx");
        workbook.writeTemplate(c, false, file);
        int start = c.practice().startYear();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Past years");
            assertEquals(start - 3, s.getRow(3).getCell(1).getNumericCellValue());
            s.getRow(4).createCell(1).setCellValue(500_000);      // B5 revenue of start−3
            s.getRow(5).createCell(1).setCellValue(420_000);      // B6 costs
            s.getRow(4).createCell(2).setCellValue(520_000);      // C5 revenue of start−2, costs left empty
            s.getRow(9).createCell(1).setCellValue(40_000);       // B10 fixed assets: the balance is started but not finished
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        PastYearsWorkbook.Imported back = workbook.read(file);
        assertTrue(back.ok(), back.problems().toString());
        assertEquals(3, back.pastYears().size(), "three year columns, the third with its year only");
        ObjectNode tree = new CaseFileWriter().toTree(c);
        tree.set("pastYears", back.pastYears());
        List<String> problems = new CaseFileReader().read(tree).problems().stream().map(p -> p.describe(false)).toList();
        // what is missing is reported at its field, as any case file would be
        assertTrue(problems.contains("pastYears[0].balance.currentAssets: is required"), problems.toString());
        assertTrue(problems.contains("pastYears[1].costs: is required"), problems.toString());
        assertTrue(problems.contains("pastYears[2].revenue: is required"), problems.toString());
    }

    @Test
    void textInAnAmountIsReportedAtItsCell() throws IOException {
        Path file = dir.resolve("tekst.xlsx");
        workbook.writeTemplate(SampleCases.load(SampleCases.FIRST), true, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getSheet("Jaarcijfers").getRow(4).getCell(2).setCellValue("€ 955.000");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        PastYearsWorkbook.Imported back = workbook.read(file);
        assertEquals(List.of("C5: moet een getal zijn"), back.problems().stream().map(p -> p.describe(true)).toList());
    }

    @Test
    void aFileThatIsNotTheTemplateIsRefusedWithASentence() throws IOException {
        Path text = dir.resolve("notities.xlsx");
        Files.writeString(text, "geen werkmap");
        PastYearsWorkbook.Imported r = workbook.read(text);
        assertFalse(r.ok());
        assertTrue(r.problems().get(0).message(true).startsWith("dit bestand is geen leesbare Excel-werkmap"), r.problems().toString());

        Path other = dir.resolve("ander.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(other)) {
            wb.createSheet("Blad1");
            wb.write(out);
        }
        assertTrue(workbook.read(other).problems().get(0).message(true).startsWith("de werkmap heeft geen blad 'Jaarcijfers'"));
    }
}
