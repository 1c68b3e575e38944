package nl.praktijkplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.praktijkplan.casefile.CaseFileReader;
import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.io.AtomicFiles;
import nl.praktijkplan.io.FileSink;
import nl.praktijkplan.report.excel.WorkbookExporter;
import nl.praktijkplan.report.pdf.DossierExporter;

/** {@code export}: targets that would lose data are refused, and every failure to write is one sentence (issue 16, point 6). */
class ExportTargetsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Locale locale, String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), locale)
                .run(args);
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    private Path sample() throws IOException {
        Path file = dir.resolve("C.json");
        try (InputStream in = SampleCases.class.getResourceAsStream("/nl/praktijkplan/samples/duo-huurpraktijk.json")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void theCaseFileIsNeverOverwrittenByItsOwnExport() throws IOException {
        Path c = sample();
        byte[] before = Files.readAllBytes(c);
        assertEquals(Cli.INVALID, run(Locale.ENGLISH, "export", c.toString(), "--pdf", c.toString()));
        assertEquals("Cannot write " + c + ": that is the case file itself (" + c + "), which would be lost. Choose another name.",
                errText());
        assertEquals("", out.toString(StandardCharsets.UTF_8), "no 'Written'");
        // Another spelling of the same file, and Dutch.
        err.reset();
        String other = dir.resolve(".").resolve("C.json").toString();
        assertEquals(Cli.INVALID, run(Locale.forLanguageTag("nl-NL"), "export", c.toString(), "--xlsx", other));
        assertTrue(errText().startsWith("Kan " + other + " niet opslaan: dat is het casusbestand zelf"), errText());
        assertArrayEquals(before, Files.readAllBytes(c));
    }

    @Test
    void twoOutputsOnOneFileAreRefusedBeforeWriting() throws IOException {
        Path c = sample();
        Path target = dir.resolve("out");
        assertEquals(Cli.INVALID, run(Locale.ENGLISH, "export", c.toString(), "--xlsx", target.toString(), "--pdf", target.toString()));
        assertEquals("--xlsx and --pdf name the same file " + target + "; choose two names.", errText());
        assertFalse(Files.exists(target));
    }

    @Test
    void aFolderAsTargetIsNotAnExcelProblem() throws IOException {
        Path c = sample();
        assertEquals(Cli.OUTPUT_FAILED, run(Locale.ENGLISH, "export", c.toString(), "--xlsx", dir.toString()));
        assertEquals("Cannot write " + dir + ": it is a folder, not a file. Choose a file name.", errText());
    }

    @Test
    void aNewFileInAReadOnlyFolderDoesNotSpeakOfAnExistingFile() throws IOException {
        Path c = sample();
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertEquals(Cli.OUTPUT_FAILED, run(Locale.forLanguageTag("nl-NL"), "export", c.toString(), "--pdf",
                    folder.resolve("dossier.pdf").toString()));
            assertEquals("Kan " + folder.resolve("dossier.pdf") + " niet opslaan: in de map " + folder
                    + " mag niet worden geschreven. Kies een andere map.", errText());
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aLinkAtTheTargetStaysALink() throws IOException {
        Path c = sample();
        Path real = Files.writeString(dir.resolve("real.xlsx"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("plan.xlsx"), real);
        assertEquals(Cli.OK, run(Locale.ENGLISH, "export", c.toString(), "--xlsx", link.toString()), errText());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals('P', (char) Files.readAllBytes(real)[0], "the workbook (a zip: 'PK') is in the linked file");
    }

    /** A disk with room for {@code room} bytes: then every write fails as Linux reports ENOSPC. */
    private static final class FullDisk extends FilterOutputStream {
        private long room;

        FullDisk(OutputStream out, long room) {
            super(out);
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) {
                throw new IOException("No space left on device");
            }
            room -= len;
            out.write(b, off, len);
        }
    }

    private int exportOnFullDisk(Locale locale, String option, Path target) throws IOException {
        FileSink fullDisk = (t, content) -> AtomicFiles.write(t, o -> content.writeTo(new FullDisk(o, 4096)));
        Map<String, ExportCommand.Format> formats = new LinkedHashMap<>();
        formats.put("--xlsx", new WorkbookExporter(fullDisk)::export);
        formats.put("--pdf", new DossierExporter(fullDisk)::export);
        PrintStream systemErr = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8)); // POI used to log a stack trace here
        try {
            return new ExportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), !locale.getLanguage().equals("en"),
                    f -> new CaseFileReader().read(f), nl.praktijkplan.report.Letterhead.NONE, formats).run(sample(), Map.of(option, target));
        } finally {
            System.setErr(systemErr);
            String console = logged.toString(StandardCharsets.UTF_8); // PDFBox may warn about its fallback fonts
            assertFalse(console.contains("Exception") || console.contains("\tat "), "no stack trace: " + console);
        }
    }

    @Test
    void aFullDiskDuringTheWorkbookIsOneSentence() throws IOException {
        Path target = Files.writeString(dir.resolve("plan.xlsx"), "last week's workbook");
        assertEquals(Cli.OUTPUT_FAILED, exportOnFullDisk(Locale.ENGLISH, "--xlsx", target));
        assertEquals("Cannot write " + target + ": the disk is full. Free some space or choose another disk; nothing was overwritten.",
                errText());
        assertEquals("last week's workbook", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "the case and the old workbook, no temporary file");
        }
    }

    @Test
    void aFullDiskDuringTheDossierIsTheSameSentenceInDutch() throws IOException {
        Path target = dir.resolve("dossier.pdf");
        assertEquals(Cli.OUTPUT_FAILED, exportOnFullDisk(Locale.forLanguageTag("nl-NL"), "--pdf", target));
        assertEquals("Kan " + target + " niet opslaan: de schijf is vol. Maak ruimte vrij of kies een andere schijf; er is niets "
                + "overschreven.", errText());
        assertFalse(Files.exists(target));
    }
}
