package nl.praktijkplan.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.io.FileWriteException;
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
    void aReservedWindowsNameIsNotSuggested() {
        BusinessCase c = SampleCases.load(SampleCases.FIRST);
        BusinessCase named = c.withPractice(c.practice().withNames("CON", c.practice().municipality()));
        BusinessCase con = new BusinessCase("con", named.practice(), c.staffing(), c.currentPremises(), c.growth(), c.income(),
                c.costs(), c.privateFinances(), c.financing(), c.options(), c.preferredOption(), c.region(), c.assumptionOverrides(),
                c.notes());
        assertEquals("con_.pdf", ReportExports.defaultName(con, ReportExports.Kind.PDF));
        assertEquals("NUL_.txt", ReportExports.sanitise("NUL.txt"));
    }

    @Test
    void aFileThatCannotBeWrittenReadsAsTheExportersSentence() {
        Path f = Path.of("/tmp/x.xlsx");
        String nl = ReportExports.sentence(new I18n(I18n.DUTCH), f,
                new FileWriteException(f, FileWriteException.Reason.READ_ONLY_FILE, null, null));
        assertTrue(nl.contains("alleen-lezen") && nl.contains("/tmp/x.xlsx"), nl);
        String en = ReportExports.sentence(new I18n(I18n.ENGLISH), f,
                new FileWriteException(f, FileWriteException.Reason.DISK_FULL, null, null).in(true));
        assertEquals("Cannot write /tmp/x.xlsx: the disk is full. Free some space or choose another disk; nothing was overwritten.", en,
                "in the language of the window, whatever the exporter chose");
        String other = ReportExports.sentence(new I18n(I18n.DUTCH), f, new IllegalStateException("defect"));
        assertTrue(other.contains("/tmp/x.xlsx") && other.contains("defect"), other);
    }
}
