package nl.praktijkplan.report.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void theStressTableKeepsTheAgreedLoanInEveryScenario() {
        ReportSnapshot s = ReportSnapshot.of(SampleCases.load(SampleCases.FIRST), Locale.forLanguageTag("nl-NL"), "test");
        String html = new DossierHtml(s).render(EnumSet.of(Chapter.RISKS));
        assertTrue(html.contains("Stresstoets op de afgesproken financiering"));
        assertTrue(html.contains("+2 procentpunt bij herfinanciering"));
        assertTrue(html.contains("Laagste DSCR rentevast"));
        // The preferred option B's loan, 70% of its €935,384.62 value (see StressTestTest), stands in all seven rows;
        // the €589,292 a bank would lend on a 10% lower market rent (sized again) stands in none.
        assertTrue(html.split("654\\.769", -1).length - 1 >= 7, "the loan once per scenario row");
        assertFalse(html.contains("589.292"));
    }
}
