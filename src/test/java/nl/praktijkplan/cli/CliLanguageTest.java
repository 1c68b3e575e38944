package nl.praktijkplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.praktijkplan.app.Launcher;

/**
 * {@code export} as a user runs it, in a JVM of its own on an English C.UTF-8 system: without {@code --lang} the
 * dossier is Dutch, the author comes from the settings (blank here, not the system user) and the console shows only
 * the line that says where the file went (no library warnings).
 */
class CliLanguageTest {

    @Test
    void exportOnAnEnglishSystemWritesDutchWithoutWarnings(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("dossier.pdf");
        Path sample = Path.of("src/main/resources/nl/praktijkplan/samples/lhv-bouwadvies.json").toAbsolutePath();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=en", "-Duser.country=US", "-Djava.awt.headless=true",
                "-Dpraktijkplan.configDir=" + dir.resolve("config"), "-Dpraktijkplan.dataDir=" + dir.resolve("data"),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "export", sample.toString(), "--pdf", pdf.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("LANG", "C.UTF-8");
        pb.environment().remove("LC_ALL");
        pb.redirectOutput(dir.resolve("out.txt").toFile());
        pb.redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "export finished");
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), err);
        assertEquals("Geschreven: " + pdf + System.lineSeparator(), out, "one Dutch line on stdout");
        assertEquals("", err, "nothing on stderr (no fallback-font warnings)");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc);
            assertTrue(text.contains("Inhoud") && text.contains("Samenvatting"), "a Dutch dossier");
            assertTrue(text.contains("Opgesteld door\n"), "the cover's author row is empty");
            assertFalse(text.contains("Opgesteld door " + System.getProperty("user.name")), "not the system user");
            assertEquals("", doc.getDocumentInformation().getAuthor() == null ? "" : doc.getDocumentInformation().getAuthor());
        }
        assertTrue(new File(pdf.toString()).length() > 10_000);
    }
}
