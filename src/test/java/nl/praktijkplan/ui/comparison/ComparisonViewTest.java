package nl.praktijkplan.ui.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.domain.input.OptionType;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.I18n;
import nl.praktijkplan.ui.status.Verdicts;

class ComparisonViewTest {

    @Test
    void oneColumnForStayAndEachOption() {
        CaseViewModel vm = new CaseViewModel(SampleCases.load(SampleCases.FIRST), null);
        List<ComparisonView.Row> rows = ComparisonView.rows(vm.result(), new I18n(I18n.DUTCH));
        // Three verdict rows, then the twelve metrics less the financing gap (the verdict's shortfall).
        assertEquals(14, rows.size());
        for (ComparisonView.Row r : rows) {
            assertEquals(3, r.values().size(), r.metric());
        }
        // Stay: the current 180 m²; option B of the sample: 320 m².
        assertEquals("180 m²", rows.get(3).texts().get(0));
        assertEquals("320 m²", rows.get(3).texts().get(2));
        assertEquals("–", rows.get(6).texts().get(0), "staying has no onrendabele top");
        assertEquals("m² BVO", rows.get(3).metric());
        assertTrue(rows.stream().noneMatch(r -> r.metric().equals("Financieringstekort")), "the gap is the verdict's shortfall");
    }

    @Test
    void placesAddedBesideTheExtraPatientsWithTheirExplanation() {
        CaseViewModel vm = new CaseViewModel(SampleCases.load(SampleCases.FIRST), null);
        List<ComparisonView.Row> rows = ComparisonView.rows(vm.result(), new I18n(I18n.DUTCH));
        ComparisonView.Row extra = rows.get(rows.size() - 2);
        ComparisonView.Row places = rows.get(rows.size() - 1);
        assertEquals("Extra patiënten t.o.v. blijven", extra.metric());
        assertEquals("Patiëntplaatsen erbij", places.metric());
        // (m² − 180) × 2,439 / 190 (LHV bouwnorm): A 350 m² → 2,182.26; B 320 m² → 1,797.16; A is best (★).
        assertEquals(List.of("0", "2.182", "1.797"), places.texts());
        assertTrue(places.values().get(1).best());
        // extra patients served in the last plan year: B 107.8 → 108 (OptionComparisonTest)
        assertEquals("108", extra.texts().get(2));
        assertTrue(places.tip().contains("capaciteit van haar m² min die van de huidige m²"), places.tip());
        assertTrue(extra.tip().contains("patiëntplaatsen"), extra.tip());
        assertEquals(null, rows.get(3).tip(), "other rows need no explanation here");
    }

    @Test
    void eachOptionsVerdictComesFirst() {
        CaseViewModel vm = new CaseViewModel(SampleCases.load(SampleCases.FIRST), null);
        List<ComparisonView.Row> rows = ComparisonView.rows(vm.result(), new I18n(I18n.DUTCH));
        assertEquals(List.of("Financiering", "Bindende beperking", "Tekort"), rows.subList(0, 3).stream().map(ComparisonView.Row::metric).toList());
        // Staying finances nothing: no verdict. Option B misses 292,102.77 on collateral and equity (BusinessCaseEngineTest);
        // option A: 1,187,500 − 150,000 equity − 70% × 1,166,666.67 = 220,833.33.
        assertEquals(List.of("–", "niet sluitend", "niet sluitend"), rows.get(0).texts());
        assertEquals(Verdicts.Light.RED, rows.get(0).values().get(2).light());
        assertEquals("onderpand (LTV),\neigen geld", rows.get(1).texts().get(2));
        assertEquals(List.of("–", "€ 220.833", "€ 292.103"), rows.get(2).texts());
    }

    @Test
    void bestValueMarkedPerRow() {
        CaseViewModel vm = new CaseViewModel(SampleCases.load(SampleCases.FIRST), null);
        List<ComparisonView.Row> rows = ComparisonView.rows(vm.result(), new I18n(I18n.ENGLISH));
        // The largest area is best: option A with 350 m² (B has 320 m²).
        ComparisonView.Row area = rows.get(3);
        assertTrue(area.values().get(1).best());
        assertFalse(area.values().get(2).best());
        assertFalse(area.values().get(0).best());
        assertEquals("m² gross floor area", area.metric());
    }

    @Test
    void anAddedOptionIsANewColumnUpToFour() {
        CaseViewModel vm = new CaseViewModel(SampleCases.load(SampleCases.FIRST), null);
        assertTrue(vm.addOption(OptionType.RENT, "Huur C").isEmpty());
        I18n i18n = new I18n(I18n.DUTCH);
        List<String> headers = ComparisonView.headers(vm.result(), i18n);
        assertEquals(4, headers.size());
        assertEquals("Huur C", headers.get(3));
        assertEquals(4, ComparisonView.rows(vm.result(), i18n).get(3).values().size());
    }

    @Test
    void longOptionNamesGoOverLinesOfAtMostTwentyCharacters() {
        // "A: nieuwbouw" (12) + " appartementencomplex," would be 34: a new line; "350 m²" follows on the third.
        assertEquals("A: nieuwbouw\nappartementencomplex,\n350 m²", ComparisonView.headerLines("A: nieuwbouw appartementencomplex, 350 m²"));
        assertEquals("Blijven", ComparisonView.headerLines("Blijven"));
    }

    @Test
    void sliderStepsAreRoundAndAboutOnePercent() {
        // 768,000 / 100 = 7,680 → 10,000 (7.68 lies above 7.5); 1,050,000 / 100 = 10,500 → 10,000; 200 / 100 = 2 → 2;
        // 300 / 100 = 3 → 2 (below 3.5); 50,000 / 100 = 500 → 500.
        assertEquals(10_000, SliderStep.nice(768_000), 1e-9);
        assertEquals(10_000, SliderStep.nice(1_050_000), 1e-9);
        assertEquals(2, SliderStep.nice(200), 1e-9);
        assertEquals(2, SliderStep.nice(300), 1e-9);
        assertEquals(500, SliderStep.nice(50_000), 1e-9);
        assertEquals(1, SliderStep.nice(0), 1e-9);
    }
}
