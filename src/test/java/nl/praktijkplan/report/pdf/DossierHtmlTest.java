package nl.praktijkplan.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.calc.BusinessCaseEngine;
import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.domain.input.RegionContext;
import nl.praktijkplan.report.ReportSnapshot;

/** The templates write well-formed XHTML for every sample and language, whatever the user typed. */
class DossierHtmlTest {

    static java.util.stream.Stream<String> samples() {
        return SampleCases.names().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleIsWellFormedXhtmlInBothLanguages(String sample) throws Exception {
        for (String lang : new String[] {"nl-NL", "en"}) {
            BusinessCase c = SampleCases.load(sample);
            Document doc = parse(html(c, lang));
            // contents + one section per chapter but the cover, the maatwerk case only when the insurer is asked
            var r = new BusinessCaseEngine().compute(c);
            int maatwerk = nl.praktijkplan.domain.calc.InsurerImpact.of(r, r.preferred()).asked() ? 1 : 0;
            assertEquals(Chapter.values().length - 2 + maatwerk, doc.getElementsByTagName("h1").getLength() - 1, sample + " " + lang);
        }
    }

    @Test
    void usersParagraphsAreEscapedAndLoseCharactersXmlForbids() throws Exception {
        BusinessCase c = SampleCases.load(SampleCases.FIRST);
        RegionContext r = c.region();
        RegionContext odd = new RegionContext(r.gpPer10000Inhabitants(), r.expectedGpOutflowPct(), r.insuredWithoutGp(),
                r.populationGrowthPct(), r.share65PlusPct(), r.shareLowSesPct(),
                "Wachtlijst 600 patiënten.\r\nTwee huisartsen\u0007 stoppen.\n\nOverleg met <gemeente> & ROS.\n", r.monitoring());
        BusinessCase withOdd = new BusinessCase(c.caseName(), c.practice(), c.staffing(), c.currentPremises(), c.growth(), c.income(),
                c.costs(), c.privateFinances(), c.financing(), c.options(), c.preferredOption(), odd, c.assumptionOverrides(), c.notes());
        String xhtml = html(withOdd, "nl-NL");
        parse(xhtml);
        // One paragraph per block the user wrote; the bell character (not allowed in XML) is dropped.
        assertTrue(xhtml.contains("<p>Wachtlijst 600 patiënten.</p>\n<p>Twee huisartsen stoppen.</p>\n"
                + "<p>Overleg met &lt;gemeente&gt; &amp; ROS.</p>"), xhtml);
    }

    @Test
    void theLetterheadFromTheSettingsStandsOnTheCoverAndEveryPage(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path png = dir.resolve("logo.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 12, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        ReportSnapshot s = new ReportSnapshot(new BusinessCaseEngine().compute(SampleCases.load(SampleCases.FIRST)), LocalDate.of(2026, 11, 23),
                ReportSnapshot.APP_VERSION, nl.praktijkplan.report.Letterhead.of("J. de Vries", "Berg & Zn", png.toString()),
                Locale.forLanguageTag("nl-NL"));
        String xhtml = new DossierHtml(s).render(EnumSet.allOf(Chapter.class));
        Document doc = parse(xhtml);
        assertTrue(xhtml.contains("<div class=\"letterhead\"><img class=\"letterhead-logo\" src=\"data:image/png;base64,"), "running header");
        assertTrue(xhtml.contains("<div class=\"cover-firm\">Berg &amp; Zn</div>"), "firm on the cover");
        assertTrue(xhtml.contains("<tr><th>Opgesteld door</th><td>J. de Vries</td></tr>"), xhtml);
        assertEquals(2, doc.getElementsByTagName("img").getLength(), "logo in the letterhead and on the cover");

        String plain = html(SampleCases.load(SampleCases.FIRST), "nl-NL");
        assertTrue(!plain.contains("<div class=\"letterhead\"") && !plain.contains("<img"), "no letterhead without settings");
    }

    private static String html(BusinessCase c, String lang) {
        ReportSnapshot s = new ReportSnapshot(new BusinessCaseEngine().compute(c), LocalDate.of(2026, 11, 23),
                ReportSnapshot.APP_VERSION, "A. Accountant", Locale.forLanguageTag(lang));
        return new DossierHtml(s).render(EnumSet.allOf(Chapter.class));
    }

    private static Document parse(String xhtml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        // The <!DOCTYPE html> has no external DTD to load; parse offline.
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
    }
}
