package nl.praktijkplan.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.ui.common.I18n;

/** The suggested file names and the failure sentences, without a window. */
class ReportExportsTest {

    @Test
    void theSuggestedNameIsPracticeAndCaseWithoutForbiddenCharacters() {
        BusinessCase c = SampleCases.load(SampleCases.FIRST);
        String name = ReportExports.defaultName(c, ReportExports.Kind.PDF);
        assertTrue(name.startsWith(c.practice().name() + " - "), name);
        assertTrue(name.endsWith(".pdf"), name);
        assertTrue(!name.matches(".*[\\\\/:*?\"<>|].*"), name);
        assertEquals("a b c", ReportExports.sanitise(" a/b:c. "));
        assertEquals("", ReportExports.sanitise("..."));
    }

    @Test
    void aBareAccessDeniedReadsAsASentence() {
        Path f = Path.of("/tmp/x.xlsx");
        String nl = ReportExports.sentence(new I18n(I18n.DUTCH), f, new AccessDeniedException(f.toString()));
        assertTrue(nl.contains("alleen-lezen") && nl.contains("/tmp/x.xlsx"), nl);
        String en = ReportExports.sentence(new I18n(I18n.ENGLISH), f, new java.io.IOException("The dossier cannot be saved."));
        assertEquals("The dossier cannot be saved.", en);
        String missing = ReportExports.sentence(new I18n(I18n.DUTCH), f,
                new java.nio.file.NoSuchFileException(f.toString(), null, "No such file or directory"));
        assertTrue(missing.contains("No such file or directory") && !missing.contains("alleen-lezen"), missing);
    }
}
