package nl.praktijkplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.praktijkplan.casefile.CaseFileWriter;
import nl.praktijkplan.casefile.SampleCases;

/** The dossier's language is the case's ({@code dossierLanguage}); {@code --lang} overrides it. */
class DossierLanguageCliTest {

    @TempDir
    Path dir;

    @Test
    void anEnglishCaseGivesAnEnglishDossierUnlessLangSaysOtherwise() throws IOException {
        Path file = dir.resolve("english.praktijkplan.json");
        ObjectNode tree = new CaseFileWriter().toTree(SampleCases.load("duo-huurpraktijk.json"));
        tree.put("dossierLanguage", "EN");
        java.nio.file.Files.writeString(file, tree.toPrettyString());

        Path english = dir.resolve("en.pdf");
        assertEquals(Cli.OK, cli().run("export", file.toString(), "--pdf", english.toString()));
        String en = text(english);
        assertTrue(en.contains("Applicants and legal form"), "the case's language");
        assertFalse(en.contains("Aanvragers en rechtsvorm"));

        Path dutch = dir.resolve("nl.pdf");
        assertEquals(Cli.OK, cli().run("--lang", "nl", "export", file.toString(), "--pdf", dutch.toString()));
        assertTrue(text(dutch).contains("Aanvragers en rechtsvorm"), "--lang overrides the case");
    }

    private static Cli cli() {
        return new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Locale.forLanguageTag("nl-NL"));
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
