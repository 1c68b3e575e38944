package nl.praktijkplan.report.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.report.ReportSnapshot;

/** Chapter 9 holds the options side by side with the best value marked, and the tornado as table and chart. */
class RiskChapterTest {

    @Test
    void comparisonAndTornadoInChapterNine() {
        ReportSnapshot s = ReportSnapshot.of(SampleCases.load(SampleCases.FIRST), Locale.forLanguageTag("nl-NL"), "test");
        DossierHtml d = new DossierHtml(s);
        String html = d.render(EnumSet.allOf(Chapter.class));
        assertTrue(html.contains("Opties naast elkaar"));
        assertTrue(html.contains("★"));
        assertTrue(html.contains("Gevoeligheid per factor (tornado)"));
        assertTrue(html.contains("Rente hypotheek"));
        assertTrue(d.charts().containsKey("chart-tornado"));
    }
}
