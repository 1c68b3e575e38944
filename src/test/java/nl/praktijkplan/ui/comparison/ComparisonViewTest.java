package nl.praktijkplan.ui.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.praktijkplan.casefile.SampleCases;
import nl.praktijkplan.ui.common.CaseViewModel;
import nl.praktijkplan.ui.common.I18n;

class ComparisonViewTest {

    @Test
    void oneColumnForStayAndEachOption() {
        CaseViewModel vm = new CaseViewModel(SampleCases.load(SampleCases.FIRST), null);
        List<ComparisonView.Row> rows = ComparisonView.rows(vm.result(), new I18n(I18n.DUTCH));
        assertEquals(11, rows.size());
        for (ComparisonView.Row r : rows) {
            assertEquals(3, r.values().size(), r.metric());
        }
        // Stay: the current 180 m²; option B of the sample: 320 m².
        assertEquals("180 m²", rows.get(0).values().get(0));
        assertEquals("320 m²", rows.get(0).values().get(2));
        assertEquals("–", rows.get(3).values().get(0), "staying has no onrendabele top");
    }
}
