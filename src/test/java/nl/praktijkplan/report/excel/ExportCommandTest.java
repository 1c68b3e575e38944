package nl.praktijkplan.report.excel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.cli.Cli;

/** The {@code export} command: writes the workbook, and refuses read-only or impossible targets in one sentence. */
class ExportCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Locale locale, String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), locale)
                .run(args);
    }

    private static Path sample(Path dir) throws Exception {
        Path file = dir.resolve("case.json");
        try (InputStream in = SampleCases.class.getResourceAsStream("/nl/praktijkplan/samples/lhv-bouwadvies.json")) {
            Files.copy(in, file);
        }
        return file;
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesADutchWorkbook(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("plan.xlsx");
        assertEquals(Cli.OK, run(Locale.forLanguageTag("nl-NL"), "export", sample(dir).toString(), "--xlsx", target.toString()), errText());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(target))) {
            assertEquals("Samenvatting", wb.getSheetName(0));
            assertEquals("Invoer", wb.getSheetName(1));
            assertTrue(wb.getName("a_loan_ratePct") != null);
        }
    }

    @Test
    void writesWorkbookAndDossierInOneRun(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("plan.xlsx");
        Path pdf = dir.resolve("dossier.pdf");
        assertEquals(Cli.OK, run(Locale.forLanguageTag("nl-NL"), "export", sample(dir).toString(),
                "--xlsx", xlsx.toString(), "--pdf", pdf.toString()), errText());
        assertTrue(Files.size(xlsx) > 0);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("Huisartsenpraktijk De Linde"), "practice name on the cover");
            assertTrue(text.contains("Samenvatting"));
        }
    }

    @Test
    void readOnlyTargetIsLeftUntouched(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("plan.xlsx");
        byte[] old = "the accountant's edited workbook".getBytes(StandardCharsets.UTF_8);
        Files.write(target, old);
        assertTrue(target.toFile().setWritable(false, false));
        try {
            int code = run(Locale.forLanguageTag("nl-NL"), "export", sample(dir).toString(), "--xlsx", target.toString());
            assertEquals(Cli.OUTPUT_FAILED, code);
            String message = errText().strip();
            assertFalse(message.contains("\n"), "one line: " + message);
            assertTrue(message.contains("alleen-lezen") && message.contains(target.toString()), message);
            assertArrayEquals(old, Files.readAllBytes(target));
            try (var files = Files.list(dir)) {
                assertEquals(2, files.count(), "no temporary file left behind");
            }
        } finally {
            target.toFile().setWritable(true);
        }
    }

    @Test
    void missingFolderGivesAnEnglishSentence(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("no-such-folder/plan.xlsx");
        assertEquals(Cli.OUTPUT_FAILED, run(Locale.ENGLISH, "export", sample(dir).toString(), "--xlsx", target.toString()));
        String message = errText().strip();
        assertFalse(message.contains("\n"), message);
        assertTrue(message.startsWith("Cannot write") && message.contains("does not exist"), message);
        assertFalse(Files.exists(target));
    }

    @Test
    void unknownOptionShowsUsage(@TempDir Path dir) throws Exception {
        assertEquals(Cli.INVALID, run(Locale.ENGLISH, "export", sample(dir).toString(), "--docx", dir.resolve("x").toString()));
        assertTrue(errText().contains("export CASE.json [--xlsx OUT.xlsx] [--pdf OUT.pdf]"), errText());
    }
}
